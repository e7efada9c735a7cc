#pragma once

namespace raycstr::ui {

// A line of DataSource requests in which a newer request supersedes the older ones: their
// answers are dropped instead of delivered, so a quick switch of site or period never
// paints an old answer over a new one. A view holds one Lane per thing it shows (the KPI
// cards, the chart, a breakdown panel…); the Lane object itself is the key, so two views
// never share one by accident. Requests asked without a Lane supersede nothing.
class Lane
{
public:
    Lane() = default;
    Lane(const Lane &) = delete;
    Lane &operator=(const Lane &) = delete;
};

} // namespace raycstr::ui
