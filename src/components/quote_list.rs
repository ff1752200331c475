use explorer_model::Quote;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuoteListProps {
    pub quotes: Vec<Quote>,
}

/// Quotations with who said them.
#[function_component(QuoteList)]
pub fn quote_list(props: &QuoteListProps) -> Html {
    html! {
        <div class="quotes">
            { for props.quotes.iter().map(|quote| {
                let who = [&quote.speaker, &quote.role, &quote.organisation]
                    .into_iter()
                    .flatten()
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(", ");
                html! {
                    <figure>
                        <blockquote>{ format!("“{}”", quote.text) }</blockquote>
                        <figcaption>{ if who.is_empty() { "Speaker not named".to_string() } else { who } }</figcaption>
                    </figure>
                }
            }) }
        </div>
    }
}
