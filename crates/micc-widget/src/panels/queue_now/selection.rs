//! Which queues a panel shows: all of them, or a configured list of ids, names or reporting
//! numbers, in the configured order (pure).

use crate::store::Row;

/// The rows a panel shows. An empty `wanted` list shows every row in the server's order; a
/// list shows the matching rows in the list's order (a queue matches by id, reporting number
/// or name, names case-insensitively); entries matching nothing are ignored.
pub fn select(rows: &[Row], wanted: &[String]) -> Vec<Row> {
    if wanted.is_empty() {
        return rows.to_vec();
    }
    let mut out: Vec<Row> = Vec::new();
    for w in wanted {
        let found = rows.iter().find(|r| {
            let q = &r.state;
            q.id.as_deref() == Some(w)
                || q.reporting.as_deref() == Some(w)
                || q.name.as_deref().is_some_and(|n| n.eq_ignore_ascii_case(w))
        });
        if let Some(row) = found
            && !out.iter().any(|o| o.key == row.key)
        {
            out.push(row.clone());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use micc_client::models::QueueState;

    fn row(id: &str, name: &str, reporting: &str) -> Row {
        Row {
            key: id.into(),
            state: std::sync::Arc::new(QueueState {
                id: Some(id.into()),
                name: Some(name.into()),
                reporting: Some(reporting.into()),
                ..QueueState::default()
            }),
            revision: 0,
            received_ms: 0.0,
        }
    }

    #[test]
    fn an_empty_list_shows_everything_and_a_list_picks_in_its_order() {
        let rows = [row("1", "Sales", "P100"), row("2", "Support", "P200")];
        assert_eq!(select(&rows, &[]).len(), 2);
        let picked = select(
            &rows,
            &["P200".into(), "sales".into(), "nope".into(), "1".into()],
        );
        let keys: Vec<_> = picked.iter().map(|r| r.key.as_str()).collect();
        assert_eq!(keys, ["2", "1"], "by reporting, by name, duplicates once");
    }
}
