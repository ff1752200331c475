//! Component tests: pages rendered into a real DOM in headless Chromium, over a small
//! hand-made dataset (and, once, over the dataset the build embedded).
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use explorer::components::filter_panel::FilterPanel;
use explorer::components::tabs::Tabs;
use explorer::data::{DatasetContext, embedded_dataset};
use explorer::pages::cases::CasesPage;
use explorer::pages::countries::CountriesPage;
use explorer::pages::country::CountryPage;
use explorer::pages::operation::OperationPage;
use explorer::pages::operations::OperationsPage;
use explorer::pages::source::SourcePage;
use explorer_model::date::PartialDate;
use explorer_model::{
    CorrectedField, Country, Dataset, FieldSources, Figure, Highlight, Metric, Operation, Origin, Seizure, SeizureKind,
    Source, Theme, Unit,
};
use explorer_query::IndexedDataset;
use explorer_query::facets::Facet;
use explorer_query::filter::{FacetValue, Filters};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::Element;
use yew::prelude::*;
use yew_router::history::{AnyHistory, History, MemoryHistory};
use yew_router::prelude::*;
use yew_router::query::Raw;

wasm_bindgen_test_configure!(run_in_browser);

fn operation(id: &str, name: &str, year: i32, countries: &[&str]) -> Operation {
    Operation {
        id: id.to_string(),
        name: name.to_string(),
        series: name.to_string(),
        year: Some(year),
        countries: countries.iter().map(|c| c.to_string()).collect(),
        documents: vec![format!("{id}.txt")],
        ..Operation::default()
    }
}

fn country(code: &str, name: &str) -> Country {
    Country { code: code.to_string(), name: name.to_string(), region: None, subregion: None, aliases: Vec::new() }
}

fn fixture() -> Dataset {
    Dataset {
        operations: vec![
            operation("alpha-2019", "Alpha", 2019, &[]),
            operation("beta-2020", "Beta", 2020, &["ES", "PT"]),
            operation("gamma-2021", "Gamma", 2021, &["ES"]),
        ],
        countries: vec![country("ES", "Spain"), country("PT", "Portugal")],
        ..Dataset::default()
    }
}

/// A dataset as the app gives it to its pages: indexed, behind an `Rc`.
fn indexed(dataset: Dataset) -> DatasetContext {
    Rc::new(IndexedDataset::new(dataset))
}

#[derive(Properties, PartialEq)]
struct HarnessProps {
    dataset: DatasetContext,
    /// The address, with its query, the router starts at (`/sources/a.txt?at=12`); none by
    /// default.
    entry: Option<String>,
    children: Html,
}

/// What the app gives every page: the dataset and a router (in memory, not the page's URL).
#[function_component(Harness)]
fn harness(props: &HarnessProps) -> Html {
    let history = MemoryHistory::new();
    // `with_entries` takes no query: the entry is pushed.
    if let Some((path, query)) = props.entry.as_deref().and_then(|entry| entry.split_once('?')) {
        let Ok(()) = history.push_with_query(path, Raw(query.to_string()));
    }
    let history = AnyHistory::from(history);
    html! {
        <ContextProvider<DatasetContext> context={props.dataset.clone()}>
            <Router {history}>{ props.children.clone() }</Router>
        </ContextProvider<DatasetContext>>
    }
}

async fn render(dataset: DatasetContext, page: Html) -> Element {
    render_at(dataset, None, page).await
}

/// [`render`], with the router at `entry`.
async fn render_at(dataset: DatasetContext, entry: Option<&str>, page: Html) -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let props = HarnessProps { dataset, entry: entry.map(str::to_string), children: page };
    yew::Renderer::<Harness>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    root
}

/// The `href` of each element `selector` finds.
fn hrefs(root: &Element, selector: &str) -> Vec<String> {
    let nodes = root.query_selector_all(selector).unwrap();
    (0..nodes.length())
        .map(|i| nodes.item(i).unwrap().dyn_into::<Element>().unwrap().get_attribute("href").unwrap_or_default())
        .collect()
}

fn texts(root: &Element, selector: &str) -> Vec<String> {
    let nodes = root.query_selector_all(selector).unwrap();
    (0..nodes.length()).map(|i| nodes.item(i).unwrap().text_content().unwrap_or_default()).collect()
}

#[wasm_bindgen_test]
async fn countries_page_lists_most_operations_first() {
    let root = render(indexed(fixture()), html! { <CountriesPage /> }).await;
    assert_eq!(texts(&root, "h1"), ["Countries"]);
    assert_eq!(texts(&root, "tbody th"), ["Spain", "Portugal"]);
    // Columns: country, region, operations, cases, named in cases, first year, last year.
    assert_eq!(texts(&root, "tbody td:nth-child(3)"), ["2", "1"]);
    assert_eq!(texts(&root, "tbody td:nth-child(5)"), ["0", "0"]);
    assert_eq!(texts(&root, "tbody td:nth-child(6)"), ["2020", "2020"]);
    assert_eq!(texts(&root, "tbody td:nth-child(7)"), ["2021", "2020"]);
    let link = root.query_selector("tbody th a").unwrap().unwrap();
    assert_eq!(link.get_attribute("href").as_deref(), Some("#/countries/ES"));
}

#[wasm_bindgen_test]
async fn country_page_lists_its_operations_in_time_order() {
    let root = render(indexed(fixture()), html! { <CountryPage code="es" /> }).await;
    assert_eq!(texts(&root, "h1"), ["Spain"]);
    assert_eq!(texts(&root, ".operation-list li a"), ["Operation Beta", "Operation Gamma"]);
    // Alpha lists no participants: it is not counted as one Spain stayed out of.
    assert!(texts(&root, "p")[0].ends_with(
        "Listed as taking part in 2 of the 2 reported operations whose releases list their participants; \
         1 more reported operation lists none."
    ));
}

#[wasm_bindgen_test]
async fn an_unknown_country_says_so_and_links_back() {
    let root = render(indexed(fixture()), html! { <CountryPage code="XX" /> }).await;
    assert_eq!(texts(&root, "h1"), ["Country not found"]);
    let status = texts(&root, "[role=status]");
    assert!(status[0].contains("“XX”"), "{status:?}");
    assert_eq!(texts(&root, "[role=status] a"), ["See all countries"]);
}

#[wasm_bindgen_test]
async fn operation_page_says_when_no_participants_are_listed() {
    let root = render(indexed(fixture()), html! { <OperationPage id="alpha-2019" /> }).await;
    assert_eq!(texts(&root, "h1"), ["Operation Alpha"]);
    assert_eq!(texts(&root, "h2"), ["Participating countries (0)"]);
    assert!(texts(&root, "p").iter().any(|p| p == "The source does not list the participating countries."));

    let root = render(indexed(fixture()), html! { <OperationPage id="beta-2020" /> }).await;
    // The release lists Spain, then Portugal: the page lists them by name.
    assert_eq!(texts(&root, ".country-list a"), ["Portugal", "Spain"]);
}

#[wasm_bindgen_test]
async fn operation_page_shows_figures_with_their_sources_as_text() {
    let mut dataset = fixture();
    let quote = "Police made <b>41</b> arrests.".to_string();
    dataset.operations[1].figures.push(Figure {
        metric: Metric::Arrests,
        value: 41,
        qualifier: Some("more than".to_string()),
        currency: None,
        as_written: "41".to_string(),
        source: Source {
            document: "beta-2020.txt".to_string(),
            span: (0, quote.len()),
            quote: quote.clone(),
            ..Source::default()
        },
    });
    let root = render(indexed(dataset), html! { <OperationPage id="beta-2020" /> }).await;
    assert_eq!(texts(&root, "table.figures tbody th"), ["arrests"]);
    assert_eq!(texts(&root, "table.figures tbody td.number"), ["more than 41"]);
    // The quote is text: its markup shows as written and makes no element.
    assert_eq!(texts(&root, "details.source blockquote"), [quote]);
    assert!(root.query_selector("details.source b").unwrap().is_none());
}

/// An operation's seizures: each as its release states it, a part under its total, with its
/// sentence; the operations table says what it seized in short.
#[wasm_bindgen_test]
async fn operation_page_lists_what_was_seized_with_its_sentence() {
    let mut dataset = fixture();
    let quote = "Customs seized 1.4 tonnes of cocaine and 212 firearms, including 35 assault rifles.".to_string();
    let source =
        Source { document: "beta-2020.txt".into(), span: (0, quote.len()), quote: quote.clone(), ..Source::default() };
    let seizure = |item: &str, kind, quantity, unit, written: &str, part_of: Option<&str>| Seizure {
        item: item.into(),
        kind,
        quantity: Some(quantity),
        unit,
        value: None,
        currency: None,
        qualifier: None,
        part_of: part_of.map(str::to_string),
        as_written: written.into(),
        source: source.clone(),
    };
    dataset.operations[1].seizures = vec![
        seizure("cocaine", SeizureKind::Drugs, 1.4, Some(Unit::Tonnes), "1.4 tonnes", None),
        seizure("firearms", SeizureKind::Firearms, 212.0, None, "212", None),
        seizure("assault rifles", SeizureKind::Firearms, 35.0, None, "35", Some("firearms")),
    ];
    let dataset = indexed(dataset);
    let root = render(dataset.clone(), html! { <OperationPage id="beta-2020" /> }).await;
    assert!(texts(&root, "h2").contains(&"Seized".to_string()));
    let items = texts(&root, "ul.seizures > li");
    assert!(items[0].starts_with("1.4 tonnes of cocaine"), "{items:?}");
    assert!(items[2].starts_with("35 assault rifles (part of the firearms)"), "{items:?}");
    assert_eq!(texts(&root, "ul.seizures details.source blockquote"), [quote.clone(), quote.clone(), quote]);
    let root = render(dataset, html! { <OperationsPage /> }).await;
    assert_eq!(texts(&root, "th .seized-short"), ["Seized: 1.4 tonnes of cocaine, 212 firearms"]);
    // The rows' seizures are offered as their own file, beside the rows' CSV and JSON.
    let seizures_link = "p.exports a[download=\"operations-seizures.csv\"]";
    assert_eq!(texts(&root, seizures_link), ["their seizures (CSV)"]);
    // Where the rows seized nothing, there is no empty file to offer.
    let root = render(indexed(fixture()), html! { <OperationsPage /> }).await;
    assert_eq!(texts(&root, "p.exports a").len(), 2);
    assert!(texts(&root, seizures_link).is_empty());
}

/// Three releases of one operation that state its arrests differently: the page says so and
/// shows each value with its release.
#[wasm_bindgen_test]
async fn operation_page_shows_where_sources_differ() {
    let mut dataset = fixture();
    for (value, qualifier, document) in [(126, None, "a.txt"), (120, None, "b.txt"), (120, Some("more than"), "c.txt")]
    {
        let quote = format!("Police made {value} arrests.");
        dataset.operations[1].figures.push(Figure {
            metric: Metric::Arrests,
            value,
            qualifier: qualifier.map(str::to_string),
            currency: None,
            as_written: value.to_string(),
            source: Source { document: document.to_string(), span: (0, quote.len()), quote, ..Source::default() },
        });
    }
    let root = render(indexed(dataset), html! { <OperationPage id="beta-2020" /> }).await;
    assert_eq!(texts(&root, "table.figures tbody td.number"), ["sources differ: 126, 120, more than 120"]);
    assert_eq!(texts(&root, "table.figures tr.disputed th"), ["arrests"]);
    let listed: Vec<String> = texts(&root, "table.figures ul.sources li")
        .into_iter()
        .map(|li| li.split("Source").next().unwrap_or("").to_string())
        .collect();
    assert_eq!(listed, ["126 in a.txt", "120 in b.txt", "more than 120 in c.txt"]);
}

/// A figure and a field a maintainer corrected are marked "checked by hand", the note with
/// the passage on demand; a figure the extractor read is not marked.
#[wasm_bindgen_test]
async fn operation_page_marks_what_was_checked_by_hand() {
    let mut dataset = fixture();
    let quote = "In all, 64 suspects were handed over to prosecutors".to_string();
    let corrected = Source {
        document: "beta-2020.txt".to_string(),
        span: (0, quote.len()),
        quote: quote.clone(),
        origin: Origin::Corrected,
        note: Some("handed over to prosecutors means arrested here".to_string()),
    };
    let op = &mut dataset.operations[1];
    for (metric, value, source) in [
        (Metric::Arrests, 64, corrected.clone()),
        (Metric::VictimsRescued, 9, Source { quote: "9 victims".to_string(), ..Source::default() }),
    ] {
        let as_written = value.to_string();
        op.figures.push(Figure { metric, value, qualifier: None, currency: None, as_written, source });
    }
    op.corrected.push(CorrectedField {
        field: "countries".to_string(),
        value: "ES, PT".to_string(),
        source: Source { note: None, ..corrected },
    });
    let root = render(indexed(dataset), html! { <OperationPage id="beta-2020" /> }).await;
    let marked: Vec<String> = texts(&root, "table.figures tbody tr")
        .into_iter()
        .filter(|row| row.contains("checked by hand"))
        .map(|row| row.split("checked by hand").next().unwrap_or("").to_string())
        .collect();
    assert_eq!(marked, ["arrests64"]);
    assert_eq!(
        texts(&root, "table.figures .correction-note"),
        ["Corrected by hand: handed over to prosecutors means arrested here"]
    );
    assert_eq!(texts(&root, ".corrected-fields li .checked-by-hand"), ["checked by hand"]);
    assert_eq!(texts(&root, ".corrected-fields .correction-note"), ["Corrected by hand: the maintainer gave no note."]);
    assert!(texts(&root, ".corrected-fields li")[0].starts_with("participating countries"));
}

/// An operation's dates, duration, participant count and list each show the passage they were
/// read from, as its figures do, and every citation opens the release at its passage.
#[wasm_bindgen_test]
async fn operation_page_shows_where_its_dates_and_participants_were_read() {
    let text = "Operation Beta ran from 1 to 3 May. Police of 2 countries took part.\nParticipating countries: Spain, \
                Portugal.";
    let passage = |quote: &str| {
        let start = text.find(quote).unwrap();
        Source {
            document: "beta-2020.txt".into(),
            span: (start, start + quote.len()),
            quote: quote.into(),
            ..Source::default()
        }
    };
    let (dates, count, list) = (
        "Operation Beta ran from 1 to 3 May.",
        "Police of 2 countries took part.",
        "Participating countries: Spain, Portugal",
    );
    let mut dataset = fixture();
    let op = &mut dataset.operations[1];
    (op.start, op.end) = (PartialDate::new(Some(2020), 5, Some(1)), PartialDate::new(Some(2020), 5, Some(3)));
    (op.duration_days, op.stated_country_count) = (Some(3), Some(2));
    op.field_sources = FieldSources {
        start: Some(passage(dates)),
        end: Some(passage(dates)),
        duration_days: Some(passage(dates)),
        stated_country_count: Some(passage(count)),
        countries: vec![passage(list)],
    };
    let root = render(indexed(dataset), html! { <OperationPage id="beta-2020" /> }).await;
    assert_eq!(texts(&root, "dl.facts dt"), ["When", "Duration", "Participants", "Reported in"]);
    let fact = |n: usize, inner: &str| format!("dl.facts dd:nth-of-type({n}) {inner}");
    // When and the duration: one passage each, the dates' sentence.
    for n in [1, 2] {
        assert_eq!(texts(&root, &fact(n, "details.source summary")), ["Source"]);
        assert_eq!(texts(&root, &fact(n, "details.source blockquote")), [dates]);
        assert_eq!(hrefs(&root, &fact(n, "details.source .citation a")), ["#/sources/beta-2020.txt?at=0"]);
    }
    assert_eq!(texts(&root, &fact(3, "details.source summary")), ["Source of the count"]);
    assert_eq!(texts(&root, &fact(3, "details.source blockquote")), [count]);
    assert_eq!(hrefs(&root, &fact(3, "details.source .citation a")), ["#/sources/beta-2020.txt?at=36"]);
    assert_eq!(texts(&root, ".list-source details.source summary"), ["Source of the list"]);
    assert_eq!(texts(&root, ".list-source details.source blockquote"), [list]);
    assert_eq!(hrefs(&root, ".list-source details.source .citation a"), ["#/sources/beta-2020.txt?at=69"]);
    // The release that reports it opens at the first passage read from it.
    assert_eq!(texts(&root, &fact(4, "a")), ["beta-2020.txt"]);
    assert_eq!(hrefs(&root, &fact(4, "a")), ["#/sources/beta-2020.txt?at=0"]);
    // On paper the same sentences print in place of the controls.
    assert_eq!(texts(&root, "dl.facts .source-print blockquote"), [dates, dates, count]);
    assert_eq!(texts(&root, ".list-source .source-print blockquote"), [list]);
}

/// A source opened from a citation starts at the passage cited: marked apart, in view and
/// focused. An `at` that is no passage's is ignored, and the page shows as ever.
#[wasm_bindgen_test]
async fn a_source_opened_at_a_passage_marks_it_and_starts_there() {
    // Turquesa II's dates and count, read from one sentence at byte 2290 of its release.
    let sentence = "Operation Turquesa II (27 November – 3 December) saw authorities in 32 countries";
    let page = || html! { <SourcePage file="turquesa-ii-2020.txt" /> };
    let root = render_at(embedded_dataset(), Some("/sources/turquesa-ii-2020.txt?at=2290"), page()).await;
    let cited = texts(&root, "pre.source-text mark.cited");
    assert_eq!(cited.len(), 1);
    assert!(cited[0].starts_with(sentence), "{cited:?}");
    let mark = root.query_selector("pre.source-text mark.cited").unwrap().unwrap();
    assert_eq!(mark.get_attribute("aria-current").as_deref(), Some("true"));
    let focused = web_sys::window().unwrap().document().unwrap().active_element();
    assert_eq!(focused.as_ref(), Some(&mark));
    let (top, bottom) = (mark.get_bounding_client_rect().top(), mark.get_bounding_client_rect().bottom());
    let height = web_sys::window().unwrap().inner_height().unwrap().as_f64().unwrap();
    assert!(top >= 0.0 && bottom <= height, "the passage stands at {top}..{bottom} of {height}");
    assert_eq!(texts(&root, "ul.source-legend li")[0], "the passage cited");

    for query in ["at=99999", "at=abc", "at=-5", "at="] {
        let root = render_at(embedded_dataset(), Some(&format!("/sources/turquesa-ii-2020.txt?{query}")), page()).await;
        assert!(root.query_selector("mark.cited").unwrap().is_none(), "{query}");
        assert!(root.query_selector("[aria-current]").unwrap().is_none(), "{query}");
        assert_eq!(texts(&root, "h1").len(), 1, "{query}");
        assert!(texts(&root, "pre.source-text mark:not(.unread)").len() > 5, "{query}");
        assert_eq!(texts(&root, "ul.source-legend li").len(), 2, "{query}");
    }
}

/// The sources view marks the numbers of sentences that gave no fact apart from the passages
/// facts were read from, with a legend: in Turquesa II's release, "More than 30 of the
/// arrests were tied to ..." gives no fact.
#[wasm_bindgen_test]
async fn a_source_marks_the_numbers_no_fact_was_read_from() {
    let root = render(embedded_dataset(), html! { <SourcePage file="turquesa-ii-2020.txt" /> }).await;
    assert_eq!(texts(&root, "pre.source-text mark.unread"), ["30"]);
    let unread = root.query_selector("pre.source-text mark.unread").unwrap().unwrap();
    assert_eq!(unread.get_attribute("title").as_deref(), Some("no fact was read from this sentence"));
    assert!(texts(&root, "pre.source-text mark:not(.unread)").len() > 5);
    assert_eq!(texts(&root, "ul.source-legend li"), ["passage a fact was read from", "number no fact was read from"]);
    assert!(texts(&root, "p").iter().any(|p| p.ends_with("1 number stands in sentences that gave no fact.")));
}

/// The build step's output reaches the binary: the five seed operations, Spain in four.
#[wasm_bindgen_test]
async fn the_embedded_dataset_holds_the_seed_operations() {
    let dataset = embedded_dataset();
    let root = render(dataset.clone(), html! { <CountryPage code="ES" /> }).await;
    assert_eq!(dataset.operations.iter().filter(|op| !op.mentioned_only).count(), 5);
    assert_eq!(
        texts(&root, ".operation-list li a"),
        ["Operation Turquesa II", "Operation Liberterra", "Operation Weka II", "Operation Liberterra II"]
    );
}

#[wasm_bindgen_test]
async fn filter_panel_toggles_values_and_clears_all_but_the_tab() {
    let emitted: Rc<RefCell<Vec<Filters>>> = Rc::default();
    let on_change = {
        let emitted = emitted.clone();
        Callback::from(move |filters| emitted.borrow_mut().push(filters))
    };
    let filters = Filters { tab: Some("matrix".into()), ..Filters::default() }.with(Facet::Region, "africa");
    let values = vec![
        FacetValue { value: "africa".into(), label: "Africa".into(), count: 3 },
        FacetValue { value: "europe".into(), label: "Europe".into(), count: 0 },
    ];
    let panel = html! {
        <FilterPanel filters={filters.clone()} facets={vec![(Facet::Region, values)]} {on_change} search_hint="names"
            counted={("country", "countries")} />
    };
    let root = render(indexed(fixture()), panel).await;
    assert_eq!(texts(&root, ".facet label"), [" Africa (3 countries)", " Europe (0 countries)"]);
    assert_eq!(texts(&root, ".chips button"), ["Region: Africa ×"]);
    let europe: web_sys::HtmlElement =
        root.query_selector_all(".facet input").unwrap().item(1).unwrap().dyn_into().unwrap();
    europe.click();
    let clear: web_sys::HtmlElement = root.query_selector("button.clear").unwrap().unwrap().dyn_into().unwrap();
    clear.click();
    let emitted = emitted.borrow();
    assert_eq!(emitted[0], filters.with(Facet::Region, "europe"));
    assert_eq!(emitted[1], Filters { tab: Some("matrix".into()), ..Filters::default() });
}

fn click(root: &Element, selector: &str) {
    let element: web_sys::HtmlElement = root.query_selector(selector).unwrap().unwrap().dyn_into().unwrap();
    element.click();
}

/// A corpus of hundreds: the table draws its first 100 rows and each facet its first 6
/// values until the reader asks for all.
#[wasm_bindgen_test]
async fn long_lists_show_their_first_rows_until_asked_for_all() {
    let operations = (0..120).map(|i| operation(&format!("op-{i:03}-2020"), &format!("Op {i:03}"), 2020, &["ES"]));
    let dataset = Dataset { operations: operations.collect(), ..fixture() };
    let root = render(indexed(dataset), html! { <OperationsPage /> }).await;
    // The first facet is the operation: one value per operation.
    let operation_facet = root.query_selector(".facet").unwrap().unwrap();
    assert_eq!(texts(&operation_facet, "legend"), ["Operation"]);
    assert_eq!(texts(&root, "tbody tr").len(), 100);
    assert_eq!(texts(&root, ".more-rows button"), ["Show all 120 operations"]);
    assert_eq!(texts(&operation_facet, "label").len(), 6);
    assert_eq!(texts(&operation_facet, "button.more"), ["Show all 120"]);

    click(&root, ".more-rows button");
    click(&operation_facet, "button.more");
    yew::scheduler::flush().await;
    assert_eq!(texts(&root, "tbody tr").len(), 120);
    assert!(root.query_selector(".more-rows").unwrap().is_none());
    assert_eq!(texts(&operation_facet, "label").len(), 120);
    assert_eq!(texts(&operation_facet, "button.more"), ["Show fewer"]);
}

#[wasm_bindgen_test]
async fn tabs_mark_the_selected_one_and_report_clicks() {
    let chosen: Rc<RefCell<Vec<&'static str>>> = Rc::default();
    let on_select = {
        let chosen = chosen.clone();
        Callback::from(move |name| chosen.borrow_mut().push(name))
    };
    let tabs = html! {
        <Tabs label="View" tabs={vec![("table", "Table"), ("matrix", "Matrix")]} selected="matrix" {on_select}>
            <p>{ "panel" }</p>
        </Tabs>
    };
    let root = render(indexed(fixture()), tabs).await;
    let selected: Vec<Option<String>> = (0..2)
        .map(|i| {
            root.query_selector_all("[role=tab]")
                .unwrap()
                .item(i)
                .unwrap()
                .dyn_into::<Element>()
                .unwrap()
                .get_attribute("aria-selected")
        })
        .collect();
    assert_eq!(selected, [Some("false".to_string()), Some("true".to_string())]);
    let panel = root.query_selector("[role=tabpanel]").unwrap().unwrap();
    assert_eq!(panel.get_attribute("aria-labelledby").as_deref(), Some("interpol-explorer-matrix-tab"));
    let table: web_sys::HtmlElement =
        root.query_selector("#interpol-explorer-table-tab").unwrap().unwrap().dyn_into().unwrap();
    table.click();
    assert_eq!(*chosen.borrow(), ["table"]);
}

fn case(
    acting: &str,
    involved: &[&str],
    themes: &[Theme],
    figures: Vec<Figure>,
    quote: &str,
    document: &str,
) -> Highlight {
    Highlight {
        acting: vec![acting.to_string()],
        involved: involved.iter().map(|c| c.to_string()).collect(),
        themes: themes.to_vec(),
        figures,
        seizures: Vec::new(),
        source: Source {
            document: document.to_string(),
            span: (0, quote.len()),
            quote: quote.to_string(),
            ..Source::default()
        },
    }
}

/// The cases view: a row per case with links to its operation and countries, the sentence as
/// text with its release on demand, counts of cases, a sort and a filter.
#[wasm_bindgen_test]
async fn cases_page_lists_each_case_with_its_operation_countries_and_sentence() {
    let mut dataset = fixture();
    let freed = "Spanish police freed <b>12</b> workers.";
    let rescued = Figure {
        metric: Metric::VictimsRescued,
        value: 12,
        qualifier: None,
        currency: None,
        as_written: "12".to_string(),
        source: Source::default(),
    };
    let themes = [Theme::HumanTrafficking, Theme::ForcedLabour];
    dataset.operations[1].highlights = vec![case("ES", &["PT"], &themes, vec![rescued], freed, "beta-2020.txt")];
    // What the case seized, said under its figures.
    dataset.operations[1].highlights[0].seizures = vec![Seizure {
        item: "cash".into(),
        kind: SeizureKind::Cash,
        quantity: None,
        unit: None,
        value: Some(5_000),
        currency: Some("EUR".into()),
        qualifier: None,
        part_of: None,
        as_written: "EUR 5,000".into(),
        source: Source::default(),
    }];
    let closed = "Portuguese police closed a club.";
    dataset.operations[2].highlights =
        vec![case("PT", &[], &[Theme::SexualExploitation], Vec::new(), closed, "gamma-2021.txt")];
    let root = render(indexed(dataset), html! { <CasesPage /> }).await;
    assert_eq!(texts(&root, "h1"), ["Cases"]);
    assert_eq!(texts(&root, "[role=status]"), ["2 of 2 cases"]);
    assert_eq!(texts(&root, "tbody td:first-child a"), ["Operation Beta", "Operation Gamma"]);
    assert_eq!(texts(&root, "tbody td:first-child .when"), ["2020", "2021"]);
    let links = |selector: &str| -> Vec<Option<String>> {
        let nodes = root.query_selector_all(selector).unwrap();
        (0..nodes.length())
            .map(|i| nodes.item(i).unwrap().dyn_into::<Element>().unwrap().get_attribute("href"))
            .collect()
    };
    assert_eq!(links("tbody td:first-child a")[0].as_deref(), Some("#/operations/beta-2020"));
    // The acting country heads the row; the others are involved; each is a link to its page.
    assert_eq!(texts(&root, "tbody th[scope=row]"), ["Spaininvolving Portugal", "Portugal"]);
    assert_eq!(links("tbody th[scope=row] a")[..2], [Some("#/countries/ES".into()), Some("#/countries/PT".into())]);
    assert_eq!(texts(&root, "tbody .themes li"), ["human trafficking", "forced labour", "sexual exploitation"]);
    assert_eq!(texts(&root, "tbody .case-figures"), ["victims rescued: 12", "Seized: EUR 5,000 in cash"]);
    assert_eq!(texts(&root, "tbody .case-seized"), ["Seized: EUR 5,000 in cash"]);
    // The sentence is text, shown once; its release is on demand.
    assert_eq!(texts(&root, "tbody blockquote"), [freed, closed]);
    assert!(root.query_selector("tbody blockquote b").unwrap().is_none());
    assert!(root.query_selector("details.source blockquote").unwrap().is_none());
    assert_eq!(texts(&root, "details.source .citation"), ["beta-2020.txt", "gamma-2021.txt"]);
    // The counts say they count cases.
    let theme_labels: Vec<String> =
        texts(&root, "fieldset.facet label").into_iter().filter(|l| l.contains("labour")).collect();
    assert_eq!(theme_labels, [" forced labour (1 case)"]);

    click(&root, "thead th:nth-child(2) button.sort");
    yew::scheduler::flush().await;
    assert_eq!(texts(&root, "tbody td:first-child a"), ["Operation Gamma", "Operation Beta"]);

    let nodes = root.query_selector_all("fieldset.facet label").unwrap();
    let sexual = (0..nodes.length())
        .map(|i| nodes.item(i).unwrap().dyn_into::<Element>().unwrap())
        .find(|label| label.text_content().unwrap_or_default().contains("sexual exploitation"))
        .unwrap();
    click(&sexual, "input");
    yew::scheduler::flush().await;
    assert_eq!(texts(&root, "[role=status]"), ["1 of 2 cases"]);
    assert_eq!(texts(&root, "tbody td:first-child a"), ["Operation Gamma"]);
}
