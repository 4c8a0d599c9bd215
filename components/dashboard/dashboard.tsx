"use client";

/**
 * The dashboard: heading, time slider, legend, then the map (or the table) with a country's panel.
 * It fetches the whole timeline once, after the page has loaded (it is megabytes at 100,000
 * statements, too much to carry inside the page), and then computes the state on any date locally,
 * so moving the slider never asks the server; every piece of view state lives in the URL
 * (use-view-state.ts). Until the timeline arrives, the server's counts for the page's date, the
 * table view and the country panel already work; the map and the coalition chart wait for it.
 */
import dynamic from "next/dynamic";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { formatDate } from "@/lib/format/format";
import { sliderSpan } from "@/lib/timeline/date-steps";
import { serializeViewParams } from "@/lib/url/search-params";
import type { StanceRow } from "@/lib/timeline/stance-rows";
import { countState, pickPayload, stateOn, type PayloadEvent } from "@/lib/timeline/timeline-payload";
import { claimFactsOf, filterPayload, movedOn } from "@/lib/claims/view-payload";
import { groupOn, resolveGroup, type GroupEvent } from "@/lib/groups/group-view";
import { groupPayload } from "@/lib/groups/group-payload";
import { ageDays, ageText, isStale, staleThreshold } from "@/lib/staleness/age";
import type { StatementDto } from "@/db/statements";
import type { IsoDate, StanceCategory, StanceKey } from "@/lib/types";
import { MapLoader, MapPlaceholder } from "@/components/map/map-loader";
import { PictureLinks } from "./picture-links";
import { noPositionDescription, type CountryDescription } from "@/components/map/tooltip-content";
import { scrollBehavior } from "@/components/ui/scroll-motion";
import { CountryFinder } from "./country-finder";
import { CountryPanel } from "./country-panel";
import { DashboardHeading } from "./dashboard-heading";
import { DateField } from "./date-field";
import { Legend } from "./legend";
import { Notices } from "./notices";
import { NoscriptSummary } from "./noscript-summary";
import { ChartsSlot } from "./charts-slot";
import { ClaimControls } from "./claim-controls";
import { GroupControl } from "./group-control";
import { ScenarioNotice } from "./scenario-notice";
import { TimelineContext } from "./timeline-context";
import { useFetchedJson, type ReadBody } from "./use-fetched-json";
import { runInSlices, yieldToBrowser } from "@/lib/timeline/slices";
import { parseJsonSteps } from "@/lib/timeline/sliced-json";
import { useUnpackedTimeline } from "./use-unpacked-timeline";
import { ShareLink } from "./share-link";
import { EmbedCode } from "./embed-code";
// The table view's code (its sorting, filtering and the CSV writer behind its download link, which
// brings a Buffer polyfill) loads only when the table is shown: the map view, the default, never
// needs it. It is still rendered on the server, so a table view's first HTML is whole.
const StanceTable = dynamic(() => import("./stance-table").then((m) => m.StanceTable));
import { TimeSlider } from "./time-slider";
import { useViewState } from "./use-view-state";
import { ViewSwitch } from "./view-switch";

export type DashboardProps = {
  /** Where the timeline payload is fetched from (components/dashboard/api-urls.ts). */
  payloadUrl: string;
  /** Every country, [iso3, name], sorted by name; the slider's span and the summits. */
  countries: [string, string][];
  span: { first: IsoDate; last: IsoDate } | null;
  events: PayloadEvent[];
  /** The events with their participants, for the summit groups (group=summit:SLUG). */
  groupEvents: GroupEvent[];
  /** The counts on the page's date, shown until the timeline has arrived. */
  initialCounts: { date: IsoDate; counts: Record<StanceKey, number>; none: number };
  /** The countries the URL's scenario moves on the page's date (shown until the timeline has arrived). */
  initialMoved: { date: IsoDate; moved: string[] };
  categories: StanceCategory[];
  today: IsoDate;
  notices: string[];
  initialRows: { url: string; data: StanceRow[] } | null;
  initialPanel: { url: string; data: StatementDto[] } | null;
  /** Server-rendered charts for `chartsDate` (the URL's date when the page was rendered). */
  charts?: React.ReactNode;
  chartsDate?: IsoDate;
  /** The site's public origin as the server knows it, for the Embed control's code before hydration ("" if unknown). */
  siteOrigin?: string;
};

const NO_DATES: IsoDate[] = [];

/**
 * The timeline's body parsed in slices (lib/timeline/sliced-json.ts): megabytes at 100,000
 * statements, whose JSON.parse in one go was a task of about 170 ms at a phone's CPU.
 */
const parseInSlices: ReadBody = async (res) => runInSlices(parseJsonSteps(await res.text()), yieldToBrowser);

export function Dashboard(props: DashboardProps) {
  const { payloadUrl, categories, today, notices, initialRows, initialPanel, charts, chartsDate, initialCounts, initialMoved } = props;
  const fetched = useFetchedJson(payloadUrl, null, pickPayload, parseInSlices);
  const payload = fetched.data;
  const { params, date, mapView, filter, claimView, setDate, setCountry, setView, setFilter, setClaimView, setGroup, setMapView, setSort, setQuery } = useViewState(today);
  // A summit no event has is no group (the server says so in a notice).
  const group = useMemo(() => (params.group ? resolveGroup(params.group, props.groupEvents) : null), [params.group, props.groupEvents]);
  const members = useMemo(() => (group ? groupOn(group, date) : null), [group, date]);
  // The claim filters and scenario, then the group, are applied to the payload itself
  // (lib/claims/view-payload.ts, lib/groups/group-payload.ts), so the map, legend, slider and
  // charts below all count what the view counts.
  const viewPayload = useMemo(() => (payload ? groupPayload(filterPayload(payload, claimView), group) : undefined), [payload, claimView, group]);
  const timeline = useUnpackedTimeline(viewPayload);
  const facts = useMemo(() => (payload && claimView.assume !== null ? claimFactsOf(payload) : null), [payload, claimView.assume]);
  const moved = useMemo(() => {
    const all = facts ? movedOn(facts, claimView, date) : date === initialMoved.date ? initialMoved.moved : null;
    return all && members ? all.filter((iso3) => members.has(iso3)) : all;
  }, [facts, claimView, date, initialMoved, members]);
  const countries = useMemo(() => props.countries.map(([iso3, name]) => ({ iso3, name })), [props.countries]);
  const names = useMemo(() => new Map(props.countries), [props.countries]);
  const [clientNotices, setClientNotices] = useState<string[]>([]);
  const [focusPanel, setFocusPanel] = useState(false);
  // Whether the open panel was opened by the reader (and so is to be scrolled into view).
  const [revealPanel, setRevealPanel] = useState(false);
  const view = useRef<HTMLDivElement>(null);
  // What had focus when the reader opened the panel (a country's shape, a table's button), to return to.
  const opener = useRef<Element | null>(null);
  const returning = useRef(false);

  const state = useMemo(() => (timeline ? stateOn(timeline, date) : null), [timeline, date]);
  const counted = useMemo(() => (state ? countState(state, members?.size ?? countries.length) : null), [state, members, countries.length]);
  // The table's "no stated position" rows: only the group's members.
  const tableCountries = useMemo(() => (members ? countries.filter((c) => members.has(c.iso3)) : countries), [members, countries]);
  // Before the timeline arrives only the page's own date is known; another date shows no counts yet.
  const { counts, none } = counted ?? (date === initialCounts.date ? initialCounts : { counts: null, none: null });
  // stale=: positions whose deciding statement (its latest reaffirmation) is older are faded.
  const staleDays = staleThreshold(params.stale);
  const faded = useMemo(() => {
    if (!state || !timeline || staleDays === false) return null;
    const out = new Set<string>();
    for (const [iso3, point] of state) if (isStale((timeline.decidingOn(iso3, date) ?? point).date, date, staleDays)) out.add(iso3);
    return out;
  }, [state, timeline, date, staleDays]);
  const byKey = useMemo(() => Object.fromEntries(categories.map((c) => [c.key, c])) as Record<StanceKey, StanceCategory>, [categories]);
  const colours = useMemo(() => Object.fromEntries(categories.map((c) => [c.key, c.colour])) as Record<StanceKey, string>, [categories]);
  const selected = params.country && names.has(params.country) ? params.country : null;
  const { start, end } = sliderSpan(props.span, today);

  const describe = useCallback(
    (iso3: string): CountryDescription => {
      const name = names.get(iso3) ?? iso3;
      const point = state?.get(iso3);
      if (!point) return noPositionDescription(name);
      // The statement in force (the panel's), and separately the date the category last changed.
      const deciding = timeline?.decidingOn(iso3, date) ?? point;
      const citation = timeline?.citation(deciding.statementId);
      const since = formatDate(point.date, timeline?.citation(point.statementId)?.precision);
      const stated = formatDate(deciding.date, citation?.precision);
      const stanceLabel = byKey[point.stance]?.label ?? point.stance;
      const source = citation?.source ? [citation.source.title, citation.source.publisher].filter(Boolean).join(", ") : null;
      const age = ageText(ageDays(deciding.date, date), faded?.has(iso3) ?? false, staleDays);
      return { name, stanceLabel, statementId: deciding.statementId, stated, age, since, source, label: `${name}: ${stanceLabel} since ${since}` };
    },
    [names, timeline, state, byKey, date, faded, staleDays],
  );
  const openCountry = useCallback(
    (iso3: string, viaKeyboard = false) => {
      opener.current = document.activeElement;
      setFocusPanel(viaKeyboard);
      setRevealPanel(true);
      setCountry(iso3);
    },
    [setCountry],
  );
  const closePanel = useCallback(() => {
    returning.current = true;
    setCountry(null);
  }, [setCountry]);
  // Once the panel has gone: focus and scroll go back to the map (or the table) it was opened from.
  useEffect(() => {
    if (selected || !returning.current) return;
    returning.current = false;
    const box = view.current;
    if (!box) return;
    const back = opener.current;
    opener.current = null;
    const target =
      back && back.isConnected && box.contains(back) && (back instanceof HTMLElement || back instanceof SVGElement)
        ? back
        : box.querySelector<HTMLElement>(".leaflet-container, .stance-table");
    target?.focus({ preventScroll: true });
    (target?.closest(".leaflet-container") ?? target ?? box).scrollIntoView({ block: "nearest", behavior: scrollBehavior() });
  }, [selected]);
  const openByKeyboard = useCallback((iso3: string) => openCountry(iso3, true), [openCountry]);
  const onMapError = useCallback((message: string) => setClientNotices((all) => (all.includes(message) ? all : [...all, message])), []);

  // official=0 means off: links leave it out.
  const shareParams = { ...params, official: params.official || null, group: group ? params.group : null, date };
  const hidden = Object.fromEntries(
    new URLSearchParams(serializeViewParams({ ...shareParams, date: null })).entries(),
  );
  const claimHidden = Object.fromEntries(
    new URLSearchParams(serializeViewParams({ ...shareParams, official: null, commitment: null, assume: null })).entries(),
  );
  const groupHidden = Object.fromEntries(new URLSearchParams(serializeViewParams({ ...shareParams, group: null })).entries());
  return (
    <>
      <DashboardHeading date={date} known={params.known} currentHref={serializeViewParams("/", { ...shareParams, known: null })} />
      <Notices notices={[...notices, ...clientNotices, ...(fetched.error ? [`The timeline could not be loaded (${fetched.error}); the map, the slider's change dates and the coalition chart need it. Reload the page to try again.`] : [])]} />
      <div className="dashboard-controls">
        <DateField date={date} hidden={hidden} onDate={setDate} />
        <TimeSlider date={date} start={start} end={end} changeDates={timeline?.changeDates ?? NO_DATES} events={props.events} onDate={setDate} />
      </div>
      <div className="dashboard-bar">
        <ViewSwitch view={params.view} hrefFor={(view) => serializeViewParams("/", { ...shareParams, view })} onView={setView} />
        <CountryFinder countries={countries} onSelect={openByKeyboard} />
        <ShareLink params={shareParams} />
        <EmbedCode params={shareParams} origin={props.siteOrigin ?? ""} />
      </div>
      <ClaimControls view={claimView} hidden={claimHidden} onChange={setClaimView} />
      <GroupControl group={group ? group.key : null} events={props.groupEvents} hidden={groupHidden} onChange={setGroup} />
      <ScenarioNotice view={claimView} date={date} moved={moved} names={names} />
      <Legend categories={categories} counts={counts} none={none} filter={filter} onFilter={setFilter} group={group && members ? { label: group.label, size: members.size } : null} faded={faded && staleDays !== false ? { count: faded.size, days: staleDays } : null} />
      <div className={selected ? "dashboard-main with-panel" : "dashboard-main"}>
        <div className="dashboard-view" ref={view}>
          {params.view === "map" ? (
            <>
              {state === null ? (
                <MapPlaceholder />
              ) : (
              <MapLoader
                state={state}
                filter={filter}
                faded={faded}
                selected={selected}
                colours={colours}
                describe={describe}
                onSelect={openCountry}
                onError={onMapError}
                view={mapView}
                onViewChange={setMapView}
              />
              )}
              <PictureLinks kind="map" />
              <noscript>
                {/* Without JavaScript the map never loads: hide its placeholder, lead to the table view. */}
                <style>{".map-placeholder { display: none; }"}</style>
                <NoscriptSummary categories={categories} counts={counts} none={none} tableHref={(stances) => serializeViewParams("/", { ...shareParams, view: "table", stances: stances ?? shareParams.stances })} />
              </noscript>
            </>
          ) : (
            <StanceTable
              date={date}
              known={params.known}
              categories={categories}
              filter={filter}
              allCountries={tableCountries}
              initial={initialRows}
              sort={params.sort}
              q={params.q}
              hrefFor={(sort) => serializeViewParams("/", { ...shareParams, sort })}
              formParams={Object.fromEntries(new URLSearchParams(serializeViewParams({ ...shareParams, q: null })).entries())}
              onSort={setSort}
              onQuery={setQuery}
              onOpen={openByKeyboard}
              claims={claimView}
              group={group ? group.key : null}
              stale={staleDays}
            />
          )}
        </div>
        {selected ? (
          <CountryPanel
            key={selected}
            iso3={selected}
            name={names.get(selected) ?? selected}
            date={date}
            known={params.known}
            stale={staleDays}
            categories={byKey}
            initial={initialPanel}
            focusOnOpen={focusPanel}
            reveal={revealPanel}
            onClose={closePanel}
          />
        ) : null}
      </div>
      {charts ? (
        <TimelineContext value={timeline}>
          <ChartsSlot date={date} chartsDate={chartsDate ?? date}>
            {charts}
          </ChartsSlot>
        </TimelineContext>
      ) : null}
    </>
  );
}
