//! Which agents a panel shows: an agent-group filter (by id, as `presentInAgentGroups`
//! holds) and a search by name (pure).

use crate::store::agents::AgentRow;

use super::person::display_name;
use crate::format::lower;

/// Rows present in agent group `group` (`None`: every row), in the store's order.
pub fn in_group(rows: &[AgentRow], group: Option<&str>) -> Vec<AgentRow> {
    rows.iter()
        .filter(|r| {
            group.is_none_or(|g| {
                r.state
                    .present_in_agent_groups
                    .as_ref()
                    .is_some_and(|ids| ids.iter().any(|i| i == g))
            })
        })
        .cloned()
        .collect()
}

/// Whether `row` matches the search text: every word of `query` occurs in the agent's name
/// or reporting number, ignoring case ("ada love" finds "Ada Lovelace"). A blank query
/// matches everything.
pub fn matches(row: &AgentRow, query: &str) -> bool {
    let q = query.trim();
    if q.is_empty() {
        return true;
    }
    let mut haystack = lower(&display_name(&row.state));
    if let Some(r) = &row.state.reporting {
        haystack.push(' ');
        haystack.push_str(&lower(r));
    }
    lower(q).split_whitespace().all(|w| haystack.contains(w))
}

/// The rows searched for.
pub fn search(rows: &[AgentRow], query: &str) -> Vec<AgentRow> {
    rows.iter().filter(|r| matches(r, query)).cloned().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use micc_client::models::AgentState;

    fn row(key: &str, first: &str, last: &str, groups: &[&str]) -> AgentRow {
        AgentRow {
            key: key.into(),
            state: std::sync::Arc::new(AgentState {
                id: Some(key.into()),
                first_name: Some(first.into()),
                last_name: Some(last.into()),
                reporting: Some(format!("10{key}")),
                present_in_agent_groups: Some(groups.iter().map(|g| (*g).to_owned()).collect()),
                ..AgentState::default()
            }),
            revision: 0,
            entered_ms: None,
        }
    }

    fn keys(rows: &[AgentRow]) -> Vec<&str> {
        rows.iter().map(|r| r.key.as_str()).collect()
    }

    #[test]
    fn the_group_filter_keeps_members_by_id() {
        let mut none = row("3", "Cy", "Nobody", &[]);
        std::sync::Arc::make_mut(&mut none.state).present_in_agent_groups = None;
        let rows = [
            row("1", "Ada", "Lovelace", &["g1", "g2"]),
            row("2", "Bo", "Diddley", &["g2"]),
            none,
        ];
        assert_eq!(keys(&in_group(&rows, None)), ["1", "2", "3"]);
        assert_eq!(keys(&in_group(&rows, Some("g1"))), ["1"]);
        assert_eq!(keys(&in_group(&rows, Some("g2"))), ["1", "2"]);
        assert!(in_group(&rows, Some("G2")).is_empty(), "ids are exact");
        assert!(in_group(&rows, Some("nope")).is_empty());
    }

    #[test]
    fn search_matches_every_word_in_any_case() {
        let rows = [
            row("1", "Ada", "Lovelace", &[]),
            row("2", "Jürgen", "Über", &[]),
            row("3", "Adam", "Smith", &[]),
        ];
        assert_eq!(keys(&search(&rows, "")), ["1", "2", "3"]);
        assert_eq!(keys(&search(&rows, "   ")), ["1", "2", "3"]);
        assert_eq!(keys(&search(&rows, "ada")), ["1", "3"]);
        assert_eq!(keys(&search(&rows, "ADA love")), ["1"]);
        assert_eq!(
            keys(&search(&rows, "über")),
            ["2"],
            "non-ASCII case folding"
        );
        assert_eq!(keys(&search(&rows, "102")), ["2"], "reporting number");
        assert!(search(&rows, "zzz").is_empty());
    }
}
