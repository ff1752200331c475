use explorer_model::Operation;
use explorer_query::countries::CountryRow;
use yew::prelude::*;

use crate::components::route_link::RouteLink;
use crate::components::scroll_box::ScrollBox;
use crate::data::use_dataset;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct ParticipationMatrixProps {
    /// Country codes in the order of the table beside it.
    pub countries: Vec<String>,
}

/// Countries × reported operations: which took part, and where their authorities acted in a
/// case. Symbols are doubled by words for assistive technology.
#[function_component(ParticipationMatrix)]
pub fn participation_matrix(props: &ParticipationMatrixProps) -> Html {
    let dataset = use_dataset();
    let operations: Vec<&Operation> = dataset.operations.iter().filter(|op| !op.mentioned_only).collect();
    let caption = "Countries and territories by operation";
    html! {
        <>
            <p class="legend">{ "● took part · ◆ its authorities acted in a country case" }</p>
            <ScrollBox label={caption}>
                <table class="matrix">
                    <caption>{ caption }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ "Country" }</th>
                            { for operations.iter().map(|op| html! {
                                <th scope="col">
                                    <RouteLink to={Route::Operation { id: op.id.clone() }}>{ &op.name }</RouteLink>
                                    <span class="year">{ op.year.map(|y| format!(" {y}")).unwrap_or_default() }</span>
                                </th>
                            }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for props.countries.iter().filter_map(|code| dataset.country(code)).map(|country| html! {
                            <tr key={country.code.clone()}>
                                <th scope="row">{ &country.name }</th>
                                { for operations.iter().map(|op| {
                                    let took_part = op.countries.contains(&country.code);
                                    let acted = op.highlights.iter().any(|h| h.acting.contains(&country.code));
                                    html! {
                                        <td>
                                            if took_part {
                                                <span aria-hidden="true">{ "●" }</span><span class="visually-hidden">{ "took part" }</span>
                                            }
                                            if acted {
                                                <span aria-hidden="true">{ "◆" }</span><span class="visually-hidden">{ " acted in a case" }</span>
                                            }
                                        </td>
                                    }
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </ScrollBox>
        </>
    }
}

/// The codes of table rows, for the matrix to follow the table's order.
pub fn codes_of(rows: &[CountryRow]) -> Vec<String> {
    rows.iter().map(|row| row.country.code.clone()).collect()
}
