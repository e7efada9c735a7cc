#pragma once

#include "core/event.h"

#include <QString>

// How Google Analytics 4 spells what RayCstr keeps, for both GA4 sources (the Data API's
// reports, Ga4ReportReader; the BigQuery export, Ga4BigQueryReader): one home for the rules,
// so an import of reports and one of raw events give the same values.
namespace raycstr::ga4 {

// GA's placeholders for "no value" ("(not set)", "(none)", "(direct)", "(not provided)",
// "(data not available)", and the campaigns "(organic)" and "(referral)" of untagged
// traffic) and the empty string → an empty value, which is what RayCstr stores for "none"
// (direct traffic, unknown country…). Anything else is kept as it is.
QString valueOrEmpty(const QString &value);

// A session source ("google", "t.co", "news.ycombinator.com", "newsletter", "(direct)") →
// RayCstr's source: the names the referrer parser gives ("Google", "Twitter", "Hacker
// News"), a host without "www.", or the text as it is for a campaign's own source.
QString sourceName(const QString &sessionSource);

// Whether a session medium marks a tagged campaign (utm_medium), as opposed to GA's own
// channels of untagged traffic: "(none)" (direct), "organic" (search) and "referral".
bool isCampaignMedium(const QString &medium);

// GA's device category ("desktop", "mobile", "tablet", "smart tv") → RayCstr's devices;
// TVs are unknown (as the UA parser has them).
DeviceType deviceType(const QString &category);

// GA's operating system names → uap-core's, which live hits carry ("Macintosh" →
// "Mac OS X"); the others are the same in both.
QString osName(const QString &os);

// The version RayCstr keeps of "120.0.6099.109" or "iOS 17.1.1": the major number, and the
// minor too for macOS, iOS and Android (as the UA parser does).
QString version(const QString &os, const QString &text);

// A country's English name as the BigQuery export has it ("United States", "Czechia",
// "Côte d’Ivoire") → ISO 3166-1 alpha-2 ("US"); empty when unknown or "(not set)".
QString countryCode(const QString &name);

} // namespace raycstr::ga4
