#pragma once

#include "core/event.h"

namespace raycstr {

// Where a dimension's value comes from when it belongs to the visit (isVisitDimension): the
// site as a whole (Total, one value), the visit's entry page, its way in (Acquisition), or
// the browser and country of the event that started it (Agent). None for the dimensions
// that move within a visit (pages, exits, hostnames, event names). The sessionizer compares
// visits part by part.
enum class VisitPart : quint8 { None, Total, Entry, Acquisition, Agent };

VisitPart visitPartOf(Dimension dim);

} // namespace raycstr
