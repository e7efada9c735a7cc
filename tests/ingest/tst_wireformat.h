#pragma once

#include <QObject>

// The wire formats' parsers (ingest/wireformat.h), one test in two files: Traytic's batch
// and the shared body checks in tst_wireformat.cpp, Plausible's /api/event in
// tst_wireformat_plausible.cpp.
class TestWireFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Traytic /collect
    void collectBatch();
    void collectVitalsMetrics();
    void collectNumericSiteId();
    void collectRejects_data();
    void collectRejects();
    void collectMaxEvents();

    // Plausible /api/event
    void plausibleTrackerPageview();
    void plausibleTrackerPropsString();
    void plausibleLongNames();
    void plausibleDomainList();
    void plausibleCustomEvent();
    void plausibleEngagement();
    void plausibleHashMode();
    void plausibleVitals_data();
    void plausibleVitals();
    void plausibleRevenue();
    void plausibleRejects_data();
    void plausibleRejects();

    // Shared body checks
    void bodyRejects_data();
    void bodyRejects();

    // The JSON layer's own edge cases and the parse benchmark: tst_jsonreader.cpp.
};
