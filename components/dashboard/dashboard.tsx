"use client";

/**
 * The dashboard: heading, time slider, legend, then the map (or the table) with a country's panel.
 * It receives the whole timeline once and computes the state on any date locally, so moving the
 * slider never asks the server; every piece of view state lives in the URL (use-view-state.ts).
 */
import { useCallback, useMemo, useState } from "react";
import { formatDate } from "@/lib/format";
import { sliderSpan } from "@/lib/date-steps";
import { serializeViewParams } from "@/lib/search-params";
import type { StanceRow } from "@/lib/stance-rows";
import { countState, stateOn, unpackTimeline, type TimelinePayload } from "@/lib/timeline-payload";
import type { IsoDate, StanceCategory, StanceKey, StatementDto } from "@/lib/types";
import { MapLoader } from "@/components/map/map-loader";
import type { CountryDescription } from "@/components/map/tooltip-content";
import { CountryFinder } from "./country-finder";
import { CountryPanel } from "./country-panel";
import { DashboardHeading } from "./dashboard-heading";
import { DateField } from "./date-field";
import { Legend } from "./legend";
import { Notices } from "./notices";
import { ChartsSlot } from "./charts-slot";
import { ShareLink } from "./share-link";
import { StanceTable } from "./stance-table";
import { TimeSlider } from "./time-slider";
import { useViewState } from "./use-view-state";
import { ViewSwitch } from "./view-switch";

export type DashboardProps = {
  payload: TimelinePayload;
  categories: StanceCategory[];
  today: IsoDate;
  notices: string[];
  initialRows: { url: string; data: StanceRow[] } | null;
  initialPanel: { url: string; data: StatementDto[] } | null;
  /** The server-rendered as-of table, shown under the map to readers without JavaScript. */
  noscript?: React.ReactNode;
  /** Server-rendered charts for `chartsDate` (the URL's date when the page was rendered). */
  charts?: React.ReactNode;
  chartsDate?: IsoDate;
};

export function Dashboard({ payload, categories, today, notices, initialRows, initialPanel, noscript, charts, chartsDate }: DashboardProps) {
  const timeline = useMemo(() => unpackTimeline(payload), [payload]);
  const { params, date, mapView, filter, setDate, setCountry, setView, setFilter, setMapView } = useViewState(today);
  const [clientNotices, setClientNotices] = useState<string[]>([]);
  const [focusPanel, setFocusPanel] = useState(false);

  const state = useMemo(() => stateOn(timeline, date), [timeline, date]);
  const { counts, none } = useMemo(() => countState(state, timeline.countries.length), [state, timeline]);
  const byKey = useMemo(() => Object.fromEntries(categories.map((c) => [c.key, c])) as Record<StanceKey, StanceCategory>, [categories]);
  const colours = useMemo(() => Object.fromEntries(categories.map((c) => [c.key, c.colour])) as Record<StanceKey, string>, [categories]);
  const selected = params.country && timeline.names.has(params.country) ? params.country : null;
  const { start, end } = sliderSpan(timeline.span, today);

  const describe = useCallback(
    (iso3: string): CountryDescription => {
      const name = timeline.names.get(iso3) ?? iso3;
      const point = state.get(iso3);
      if (!point) return { name, stanceLabel: "No stated position", since: null, source: null, label: `${name}: no stated position` };
      const citation = timeline.citation(point.statementId);
      const since = formatDate(point.date, citation?.precision);
      const stanceLabel = byKey[point.stance]?.label ?? point.stance;
      const source = citation?.source ? [citation.source.title, citation.source.publisher].filter(Boolean).join(", ") : null;
      return { name, stanceLabel, since, source, label: `${name}: ${stanceLabel} since ${since}` };
    },
    [timeline, state, byKey],
  );
  const openCountry = useCallback(
    (iso3: string, viaKeyboard = false) => {
      setFocusPanel(viaKeyboard);
      setCountry(iso3);
    },
    [setCountry],
  );
  const openByKeyboard = useCallback((iso3: string) => openCountry(iso3, true), [openCountry]);
  const onMapError = useCallback((message: string) => setClientNotices((all) => (all.includes(message) ? all : [...all, message])), []);

  const shareParams = { ...params, date };
  const hidden = Object.fromEntries(
    new URLSearchParams(serializeViewParams({ ...params, date: null })).entries(),
  );
  return (
    <>
      <DashboardHeading date={date} known={params.known} currentHref={serializeViewParams("/", { ...shareParams, known: null })} />
      <Notices notices={[...notices, ...clientNotices]} />
      <div className="dashboard-controls">
        <DateField date={date} hidden={hidden} onDate={setDate} />
        <TimeSlider date={date} start={start} end={end} changeDates={timeline.changeDates} events={timeline.events} onDate={setDate} />
      </div>
      <div className="dashboard-bar">
        <ViewSwitch view={params.view} hrefFor={(view) => serializeViewParams("/", { ...shareParams, view })} onView={setView} />
        <CountryFinder countries={timeline.countries} onSelect={openByKeyboard} />
        <ShareLink params={shareParams} />
      </div>
      <Legend categories={categories} counts={counts} none={none} filter={filter} onFilter={setFilter} />
      <div className={selected ? "dashboard-main with-panel" : "dashboard-main"}>
        <div className="dashboard-view">
          {params.view === "map" ? (
            <>
              <MapLoader
                state={state}
                filter={filter}
                selected={selected}
                colours={colours}
                describe={describe}
                onSelect={openCountry}
                onError={onMapError}
                view={mapView}
                onViewChange={setMapView}
              />
              {noscript ? <noscript>{noscript}</noscript> : null}
            </>
          ) : (
            <StanceTable
              date={date}
              known={params.known}
              categories={categories}
              filter={filter}
              allCountries={timeline.countries}
              initial={initialRows}
              onOpen={openByKeyboard}
            />
          )}
        </div>
        {selected ? (
          <CountryPanel
            key={selected}
            iso3={selected}
            name={timeline.names.get(selected) ?? selected}
            date={date}
            known={params.known}
            categories={byKey}
            initial={initialPanel}
            focusOnOpen={focusPanel}
            onClose={() => setCountry(null)}
          />
        ) : null}
      </div>
      {charts ? (
        <ChartsSlot date={date} chartsDate={chartsDate ?? date}>
          {charts}
        </ChartsSlot>
      ) : null}
    </>
  );
}
