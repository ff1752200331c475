use explorer_model::Highlight;
use explorer_query::cases::figures_in_words;
use explorer_query::operations::{country_names, seized_in_short};
use yew::prelude::*;

use crate::data::use_dataset;

#[derive(Properties, PartialEq)]
pub struct HighlightListProps {
    /// Labelled groups of cases (by country or by theme).
    pub groups: Vec<(String, Vec<Highlight>)>,
    /// Whether each case names the countries that acted: not when the group's label already
    /// does (grouped by country).
    #[prop_or(true)]
    pub name_acting: bool,
}

/// Country cases in groups: who acted (unless the group says it), who else was involved, the
/// themes, the figures and the text.
#[function_component(HighlightList)]
pub fn highlight_list(props: &HighlightListProps) -> Html {
    let dataset = use_dataset();
    html! {
        { for props.groups.iter().map(|(label, cases)| html! {
            <section class="case-group">
                <h3>{ format!("{label} ({})", cases.len()) }</h3>
                <ul class="highlights">
                    { for cases.iter().map(|highlight| {
                        let involved = (!highlight.involved.is_empty())
                            .then(|| format!("involving {}", country_names(&dataset, &highlight.involved)));
                        html! {
                            <li>
                                if props.name_acting {
                                    <h4>{ country_names(&dataset, &highlight.acting) }</h4>
                                }
                                if let Some(involved) = involved {
                                    <p class="involved">{ involved }</p>
                                }
                                if !highlight.themes.is_empty() {
                                    <ul class="themes" aria-label="Themes">
                                        { for highlight.themes.iter().map(|theme| html! { <li>{ theme.label() }</li> }) }
                                    </ul>
                                }
                                if !highlight.figures.is_empty() {
                                    <p class="case-figures">
                                        { figures_in_words(highlight).join(" · ") }
                                    </p>
                                }
                                if let Some(seized) = seized_in_short(&highlight.seizures) {
                                    <p class="case-figures case-seized">{ seized }</p>
                                }
                                <blockquote>{ &highlight.source.quote }</blockquote>
                            </li>
                        }
                    }) }
                </ul>
            </section>
        }) }
    }
}
