use explorer_model::text::fold;
use explorer_model::{CoordinationKind, Highlight, Organisation, Source};
use explorer_query::filter::Filters;
use explorer_query::headline::summary_line;
use explorer_query::operations::{
    CaseGrouping, corrected_field_label, country_names, group_cases, participants_summary, when,
};
use explorer_query::sorting::sort_by_cached_key;
use explorer_query::sources::first_passage;
use yew::prelude::*;

use crate::components::figure_table::FigureTable;
use crate::components::highlight_list::HighlightList;
use crate::components::missing::Missing;
use crate::components::page_heading::PageHeading;
use crate::components::quote_list::QuoteList;
use crate::components::route_link::RouteLink;
use crate::components::seizure_list::SeizureList;
use crate::components::source_link::SourceLink;
use crate::components::source_note::SourceNote;
use crate::components::tabs::Tabs;
use crate::data::use_dataset;
use crate::filters::use_filters;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct OperationPageProps {
    pub id: String,
}

/// One operation: when it ran, who took part, its figures, cases, partners and quotes, each
/// fact with its source on demand.
#[function_component(OperationPage)]
pub fn operation_page(props: &OperationPageProps) -> Html {
    let dataset = use_dataset();
    let (parsed, set_filters) = use_filters();
    let filters = parsed.filters;
    let grouping = if filters.tab.as_deref() == Some("by-theme") { CaseGrouping::Theme } else { CaseGrouping::Country };
    let Some(op) = dataset.operation(&props.id) else {
        return html! {
            <Missing title="Operation not found" back={Route::Operations} back_label="See all operations"
                message={format!("No operation has the id “{}” in this dataset.", props.id)} />
        };
    };
    let year_note = match (op.year, op.year_inferred) {
        (Some(_), true) => " (year not written in the text; worked out from the publication date)",
        _ => "",
    };
    let groups: Vec<(String, Vec<Highlight>)> = group_cases(&dataset, op, grouping)
        .into_iter()
        .map(|(label, cases)| (label, cases.into_iter().cloned().collect()))
        .collect();
    let grouping_name = if grouping == CaseGrouping::Theme { "by-theme" } else { "by-country" };
    // The grouping is in the address (`tab=by-theme`), so a link can open the cases by theme.
    let select_grouping = Callback::from(move |name: &'static str| {
        let tab = (name == "by-theme").then(|| name.to_string());
        set_filters.emit(Filters { tab, ..filters.clone() });
    });
    // The release lists its participants in an order of its own; a reader looks one up by name.
    let mut participants: Vec<(&str, &str)> = op
        .countries
        .iter()
        .map(|code| (code.as_str(), dataset.country(code).map_or(code.as_str(), |c| c.name.as_str())))
        .collect();
    sort_by_cached_key(&mut participants, |(_, name)| fold(name));
    // A release that reports the operation opens at the first passage read from it.
    let cite = |files: &[String]| {
        files
            .iter()
            .map(|file| html! { <li><SourceLink file={file.clone()} at={first_passage(op, file)} /></li> })
            .collect::<Html>()
    };
    let sources = &op.field_sources;
    html! {
        <>
            <PageHeading text={op.title()} />
            <p class="summary-line">{ summary_line(op) }</p>
            if op.mentioned_only {
                <p class="notice">{ "Only named in passing: no release in this dataset reports this operation." }</p>
            }
            if !op.code_name {
                <p class="notice">{ "No code name: named in its release's own words, by who ran it, what it was against and when." }</p>
            }
            <dl class="facts">
                <dt>{ "When" }</dt>
                <dd>{ when(op) }{ year_note }{ dates_sources(sources.start.as_ref(), sources.end.as_ref()) }</dd>
                if let Some(days) = op.duration_days {
                    <dt>{ "Duration" }</dt>
                    <dd>
                        { format!("{days} days") }
                        if let Some(source) = &sources.duration_days {
                            <SourceNote source={source.clone()} />
                        }
                    </dd>
                }
                <dt>{ "Participants" }</dt>
                <dd>
                    { participants_summary(op) }
                    if let Some(source) = &sources.stated_country_count {
                        <SourceNote source={source.clone()} label="Source of the count" />
                    }
                </dd>
                if !op.corrected.is_empty() {
                    <dt>{ "Set by hand" }</dt>
                    <dd>
                        <ul class="corrected-fields">
                            { for op.corrected.iter().map(|c| html! {
                                <li>{ corrected_field_label(&c.field) }<SourceNote source={c.source.clone()} /></li>
                            }) }
                        </ul>
                    </dd>
                }
                if !op.documents.is_empty() {
                    <dt>{ "Reported in" }</dt>
                    <dd><ul>{ cite(&op.documents) }</ul></dd>
                }
                if !op.mentioned_in.is_empty() {
                    <dt>{ "Also named in" }</dt>
                    <dd><ul>{ cite(&op.mentioned_in) }</ul></dd>
                }
            </dl>
            if !op.figures.is_empty() {
                <h2>{ "Figures" }</h2>
                <FigureTable figures={op.figures.clone()} caption="Results as the release states them; preliminary, not statistics" />
            }
            if !op.seizures.is_empty() {
                <h2>{ "Seized" }</h2>
                <SeizureList seizures={op.seizures.clone()} />
            }
            if !op.highlights.is_empty() {
                <h2>{ format!("Country cases ({})", op.highlights.len()) }</h2>
                <p class="screen-only">
                    <RouteLink to={Route::Cases} query={format!("operation={}", op.id)}>{ "Its cases in the table of all cases" }</RouteLink>
                    { ", to sort, filter by theme or country, and download them." }
                </p>
                <Tabs label="Group the cases" tabs={vec![("by-country", "By country"), ("by-theme", "By theme")]}
                    selected={grouping_name} on_select={select_grouping}>
                    <HighlightList {groups} name_acting={grouping == CaseGrouping::Theme} />
                </Tabs>
            }
            if !op.coordination.is_empty() {
                <h2>{ "Coordination" }</h2>
                <ul class="coordination">
                    { for op.coordination.iter().map(|c| {
                        let kind = match c.kind {
                            CoordinationKind::Headquarters => "Coordinated from",
                            CoordinationKind::Unit => "Coordination unit in",
                        };
                        let place = c.country.as_ref().map_or("a place not named".to_string(), |code| country_names(&dataset, std::slice::from_ref(code)));
                        html! { <li>{ format!("{kind} {place}") }<SourceNote source={c.source.clone()} /></li> }
                    }) }
                </ul>
            }
            { organisations("Organised by", &op.organisers) }
            { organisations("Partners", &op.partners) }
            { organisations("Funders", &op.funders) }
            { organisations("INTERPOL projects and networks", &op.projects) }
            if !op.quotes.is_empty() {
                <h2>{ "Quotes" }</h2>
                <QuoteList quotes={op.quotes.clone()} />
            }
            <h2>{ format!("Participating countries ({})", op.countries.len()) }</h2>
            if !op.countries.is_empty() {
                <p class="screen-only">
                    <RouteLink to={Route::Countries} query={format!("operation={}", op.id)}>
                        { format!("{}'s countries on the countries view", op.title()) }
                    </RouteLink>
                    { ", to compare them or narrow them by region." }
                </p>
            }
            if op.countries.is_empty() {
                <p>{ "The source does not list the participating countries." }</p>
            } else {
                <p>{ "In alphabetical order; the release's own order is in its text." }</p>
                { for sources.countries.iter().map(|source| html! {
                    <div class="list-source"><SourceNote source={source.clone()} label="Source of the list" /></div>
                }) }
                <ul class="country-list">
                    { for participants.iter().map(|(code, name)| html! {
                        <li key={*code}>
                            <RouteLink to={Route::Country { code: code.to_string() }}>{ *name }</RouteLink>
                        </li>
                    }) }
                </ul>
            }
        </>
    }
}

/// The passage of the dates: once where both were read from one, else the start's and the end's.
fn dates_sources(start: Option<&Source>, end: Option<&Source>) -> Html {
    match (start, end) {
        (Some(start), Some(end)) if start != end => html! {
            <>
                <SourceNote source={start.clone()} label="Source of the start" />
                <SourceNote source={end.clone()} label="Source of the end" />
            </>
        },
        (Some(source), _) | (None, Some(source)) => html! { <SourceNote source={source.clone()} /> },
        (None, None) => Html::default(),
    }
}

fn organisations(title: &str, names: &[Organisation]) -> Html {
    if names.is_empty() {
        return Html::default();
    }
    html! {
        <>
            <h2>{ title }</h2>
            <ul class="organisations">
                { for names.iter().map(|o| html! { <li>{ &o.name }<SourceNote source={o.source.clone()} /></li> }) }
            </ul>
        </>
    }
}
