use explorer_core::query::participation;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::data::use_dataset;
use crate::route::Route;

/// Every country named by an operation, with how many operations it took part in.
#[function_component(CountriesPage)]
pub fn countries_page() -> Html {
    let dataset = use_dataset();
    let rows = participation(&dataset);
    html! {
        <>
            <h1>{ "Countries" }</h1>
            <table>
                <caption>{ format!("{} countries and territories, most operations first", rows.len()) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ "Country" }</th>
                        <th scope="col">{ "Code" }</th>
                        <th scope="col">{ "Operations" }</th>
                    </tr>
                </thead>
                <tbody>
                    { for rows.iter().map(|row| html! {
                        <tr key={row.country.code.clone()}>
                            <th scope="row">
                                <Link<Route> to={Route::Country { code: row.country.code.clone() }}>{ &row.country.name }</Link<Route>>
                            </th>
                            <td>{ &row.country.code }</td>
                            <td class="number">{ row.operations }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </>
    }
}
