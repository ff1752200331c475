use explorer_model::Seizure;
use explorer_query::operations::seizure_in_words;
use yew::prelude::*;

use crate::components::source_note::SourceNote;

#[derive(Properties, PartialEq)]
pub struct SeizureListProps {
    pub seizures: Vec<Seizure>,
}

/// What was seized, each as the release states it, a part under its total named as such,
/// with its sentence on demand.
#[function_component(SeizureList)]
pub fn seizure_list(props: &SeizureListProps) -> Html {
    html! {
        <ul class="seizures">
            { for props.seizures.iter().map(|seizure| html! {
                <li>
                    { seizure_in_words(seizure) }
                    if let Some(total) = &seizure.part_of {
                        <span class="part-of">{ format!(" (part of the {total})") }</span>
                    }
                    <SourceNote source={seizure.source.clone()} />
                </li>
            }) }
        </ul>
    }
}
