use explorer_core::model::Figure;
use explorer_core::query::figure_value;
use yew::prelude::*;

use crate::components::source_note::SourceNote;

#[derive(Properties, PartialEq)]
pub struct FigureTableProps {
    pub figures: Vec<Figure>,
    pub caption: AttrValue,
}

/// Figures with their qualifiers, each with its source on demand.
#[function_component(FigureTable)]
pub fn figure_table(props: &FigureTableProps) -> Html {
    html! {
        <table class="figures">
            <caption>{ &props.caption }</caption>
            <thead>
                <tr>
                    <th scope="col">{ "Figure" }</th>
                    <th scope="col" class="number">{ "Value" }</th>
                    <th scope="col">{ "Source" }</th>
                </tr>
            </thead>
            <tbody>
                { for props.figures.iter().map(|figure| html! {
                    <tr>
                        <th scope="row">{ figure.metric.label() }</th>
                        <td class="number">{ figure_value(figure) }</td>
                        <td><SourceNote source={figure.source.clone()} /></td>
                    </tr>
                }) }
            </tbody>
        </table>
    }
}
