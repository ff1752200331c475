use explorer_model::Figure;
use explorer_query::operations::{figure_rows, stated_in};
use yew::prelude::*;

use crate::components::scroll_box::ScrollBox;
use crate::components::source_note::SourceNote;
use crate::data::use_dataset;

#[derive(Properties, PartialEq)]
pub struct FigureTableProps {
    pub figures: Vec<Figure>,
    pub caption: AttrValue,
}

/// Figures with their qualifiers, each with its source on demand. A figure that several
/// releases state is one row listing each release; where they differ, the row says so and
/// shows every value with its release.
#[function_component(FigureTable)]
pub fn figure_table(props: &FigureTableProps) -> Html {
    let dataset = use_dataset();
    html! {
        <ScrollBox label={props.caption.clone()}>
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
                    { for figure_rows(&props.figures).into_iter().map(|row| html! {
                        <tr class={classes!(row.disputed().then_some("disputed"))}>
                            <th scope="row">{ row.metric.label() }</th>
                            <td class="number">{ row.value() }</td>
                            <td>
                                if let [figure] = row.figures.as_slice() {
                                    <SourceNote source={figure.source.clone()} />
                                } else {
                                    <ul class="sources">
                                        { for row.figures.iter().map(|figure| html! {
                                            <li>{ stated_in(&dataset, figure) }<SourceNote source={figure.source.clone()} /></li>
                                        }) }
                                    </ul>
                                }
                            </td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </ScrollBox>
    }
}
