//! OData system query options as the dispatcher uses them: `parse`, `check_properties`, `apply`.

// In a module so that `cargo test odata` selects these tests by name too.
mod odata_query {
    use micc_sim::odata::{self, ODataError, ODataQuery, Page, quote_string};
    use proptest::prelude::*;
    use serde_json::{Value, json};

    fn pairs(options: &[(&str, &str)]) -> Vec<(String, String)> {
        options
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    fn query(options: &[(&str, &str)]) -> ODataQuery {
        match odata::parse(&pairs(options)) {
            Ok(q) => q,
            Err(e) => panic!("{options:?} rejected: {e}"),
        }
    }

    fn error(options: &[(&str, &str)]) -> String {
        match odata::parse(&pairs(options)) {
            Ok(q) => panic!("{options:?} accepted as {q:?}"),
            Err(e) => e.to_string(),
        }
    }

    fn run(options: &[(&str, &str)], items: Vec<Value>) -> Page {
        query(options).apply(items)
    }

    /// The `Name` of every item of a page, in order.
    fn names(page: &Page) -> Vec<String> {
        page.items
            .iter()
            .map(|i| i["Name"].as_str().unwrap_or("<none>").to_owned())
            .collect()
    }

    fn filter_names(filter: &str) -> Vec<String> {
        names(&run(&[("$filter", filter)], directory()))
    }

    /// Directory-like entries in the canonical (PascalCase, enum names) form handlers produce.
    fn directory() -> Vec<Value> {
        vec![
            json!({
                "id": "6F1C2B3A-1111-4E5F-8A9B-0C1D2E3F4A5B",
                "Name": "Alice O'Hara",
                "Type": "ADUser",
                "Age": 30,
                "Score": 1.5,
                "Active": true,
                "Created": "2024-01-02T03:04:05Z",
                "Presence": { "Aggregate": { "AcdState": "Busy" } },
                "MediaType": "Voice",
                "_links": { "self": { "href": "/miccsdk/api/v1/directory/alice" } }
            }),
            json!({
                "id": "0a0b0c0d-2222-4e5f-8a9b-0c1d2e3f4a5b",
                "Name": "bob",
                "Type": "Queue",
                "Age": 41,
                "Score": 2,
                "Active": false,
                "Created": "2024-01-02T05:00:00+02:00",
                "Presence": { "Aggregate": { "AcdState": "Available" } },
                "MediaType": "Email",
                "_links": { "self": { "href": "/miccsdk/api/v1/directory/bob" } }
            }),
            json!({
                "id": "ffffffff-3333-4e5f-8a9b-0c1d2e3f4a5b",
                "Name": "Carol",
                "Type": "ADUser",
                "Age": 25,
                "Score": 0.25,
                "Active": true,
                "Created": "2023-12-31T23:59:59.9999999Z",
                "Presence": { "Aggregate": { "AcdState": "DoNotDisturb" } },
                "MediaType": "Voice",
                "Note": null,
                "_links": { "self": { "href": "/miccsdk/api/v1/directory/carol" } }
            }),
        ]
    }

    // ------------------------------------------------------------------------------------------------
    // $filter: logic and precedence

    #[test]
    fn and_binds_tighter_than_or() {
        let mut items = Vec::new();
        for a in 0..2 {
            for b in 0..2 {
                for c in 0..2 {
                    items.push(
                        json!({ "Name": format!("{a}{b}{c}"), "a": a, "b": b + 1, "c": c * 3 }),
                    );
                }
            }
        }
        let page = run(&[("$filter", "a eq 1 or b eq 2 and c eq 3")], items);
        // a or (b and c): 011 and every 1xx; (a or b) and c would drop 100 and 110.
        assert_eq!(names(&page), ["011", "100", "101", "110", "111"]);
    }

    #[test]
    fn parentheses_override_precedence() {
        let items = vec![
            json!({"Name": "100", "a": 1, "b": 0, "c": 0}),
            json!({"Name": "011", "a": 0, "b": 2, "c": 3}),
        ];
        let page = run(&[("$filter", "(a eq 1 or b eq 2) and c eq 3")], items);
        assert_eq!(names(&page), ["011"]);
    }

    #[test]
    fn not_negates_and_binds_looser_than_comparison() {
        assert_eq!(filter_names("not Type eq 'ADUser'"), ["bob"]);
        assert_eq!(filter_names("not Active"), ["bob"]);
        assert_eq!(filter_names("not (Age gt 26 and Active)"), ["bob", "Carol"]);
        assert_eq!(filter_names("not Age gt 26 and Active"), ["Carol"]);
        assert_eq!(filter_names("NOT not Active"), ["Alice O'Hara", "Carol"]);
    }

    #[test]
    fn and_or_chains() {
        assert_eq!(
            filter_names("Age gt 20 and Age lt 40 and Active eq true"),
            ["Alice O'Hara", "Carol"]
        );
        assert_eq!(
            filter_names("Name eq 'bob' or Name eq 'Carol' or Name eq 'nobody'"),
            ["bob", "Carol"]
        );
    }

    // ------------------------------------------------------------------------------------------------
    // $filter: operators, literals, functions

    #[test]
    fn each_comparison_operator_on_numbers() {
        assert_eq!(filter_names("Age eq 30"), ["Alice O'Hara"]);
        assert_eq!(filter_names("Age ne 30"), ["bob", "Carol"]);
        assert_eq!(filter_names("Age gt 30"), ["bob"]);
        assert_eq!(filter_names("Age ge 30"), ["Alice O'Hara", "bob"]);
        assert_eq!(filter_names("Age lt 30"), ["Carol"]);
        assert_eq!(filter_names("Age le 30"), ["Alice O'Hara", "Carol"]);
    }

    #[test]
    fn decimals_and_integers_compare_numerically() {
        assert_eq!(filter_names("Score eq 2.0"), ["bob"]);
        assert_eq!(filter_names("Score gt 1"), ["Alice O'Hara", "bob"]);
        assert_eq!(filter_names("Score le 0.25"), ["Carol"]);
        assert_eq!(filter_names("Score lt -1"), Vec::<String>::new());
        assert_eq!(filter_names("Age gt 2.5e1"), ["Alice O'Hara", "bob"]);
    }

    #[test]
    fn operators_and_keywords_are_case_insensitive() {
        assert_eq!(filter_names("Age GT 30 OR Active EQ FALSE"), ["bob"]);
        assert_eq!(
            filter_names("Note EQ NULL"),
            ["Alice O'Hara", "bob", "Carol"]
        );
    }

    #[test]
    fn string_comparisons_are_ordinal_and_case_sensitive() {
        assert_eq!(filter_names("Name eq 'bob'"), ["bob"]);
        assert_eq!(filter_names("Name eq 'Bob'"), Vec::<String>::new());
        assert_eq!(filter_names("Name ne 'bob'"), ["Alice O'Hara", "Carol"]);
        // Ordinal: every upper-case letter sorts before every lower-case one.
        assert_eq!(filter_names("Name gt 'Z'"), ["bob"]);
        assert_eq!(filter_names("Name lt 'Bz'"), ["Alice O'Hara"]);
    }

    #[test]
    fn quoted_strings_with_quotes() {
        assert_eq!(filter_names("Name eq 'Alice O''Hara'"), ["Alice O'Hara"]);
        assert_eq!(filter_names("contains(Name,'''')"), ["Alice O'Hara"]);
        let items = vec![
            json!({"Name": "''"}),
            json!({"Name": "'"}),
            json!({"Name": ""}),
        ];
        assert_eq!(
            names(&run(&[("$filter", "Name eq ''''''")], items.clone())),
            ["''"]
        );
        assert_eq!(names(&run(&[("$filter", "Name eq ''")], items)), [""]);
    }

    #[test]
    fn booleans_and_null() {
        assert_eq!(filter_names("Active eq true"), ["Alice O'Hara", "Carol"]);
        assert_eq!(filter_names("Active"), ["Alice O'Hara", "Carol"]);
        assert_eq!(filter_names("Active ne true"), ["bob"]);
        // Missing and explicit null are both null.
        assert_eq!(
            filter_names("Note eq null and Missing eq null"),
            ["Alice O'Hara", "bob", "Carol"]
        );
        assert_eq!(filter_names("Note ne null"), Vec::<String>::new());
        assert_eq!(
            filter_names("Name ne null"),
            ["Alice O'Hara", "bob", "Carol"]
        );
    }

    #[test]
    fn incompatible_types_compare_false_without_error() {
        assert_eq!(filter_names("Name eq 30"), Vec::<String>::new());
        assert_eq!(filter_names("Age eq '30'"), Vec::<String>::new());
        assert_eq!(filter_names("Age ne '30'"), Vec::<String>::new());
        assert_eq!(filter_names("Presence eq 'Busy'"), Vec::<String>::new());
        assert_eq!(filter_names("Active gt 1"), Vec::<String>::new());
    }

    #[test]
    fn enum_literal_in_the_wire_facts_form() {
        assert_eq!(
            filter_names("Type eq Mitel.MiccSdk.Models.DirectoryEntryType'ADUser'"),
            ["Alice O'Hara", "Carol"]
        );
        assert_eq!(
            filter_names("Type ne Mitel.MiccSdk.Models.DirectoryEntryType'ADUser'"),
            ["bob"]
        );
        // Enum names match case-insensitively, unlike plain strings.
        assert_eq!(
            filter_names("Type eq Mitel.MiccSdk.Models.DirectoryEntryType'aduser'"),
            ["Alice O'Hara", "Carol"]
        );
        assert_eq!(filter_names("Type eq 'aduser'"), Vec::<String>::new());
        assert_eq!(
            filter_names(
                "Presence/Aggregate/AcdState eq Mitel.MiccSdk.Models.AcdState'DoNotDisturb'"
            ),
            ["Carol"]
        );
        let q = query(&[(
            "$filter",
            "Type eq Mitel.MiccSdk.Models.DirectoryEntryType'ADUser'",
        )]);
        let text = format!("{:?}", q.filter);
        assert!(
            text.contains("Mitel.MiccSdk.Models.DirectoryEntryType") && text.contains("ADUser"),
            "{text}"
        );
    }

    #[test]
    fn guid_literals_compare_case_insensitively() {
        assert_eq!(
            filter_names("id eq 6f1c2b3a-1111-4e5f-8a9b-0c1d2e3f4a5b"),
            ["Alice O'Hara"]
        );
        assert_eq!(
            filter_names("id eq 0A0B0C0D-2222-4E5F-8A9B-0C1D2E3F4A5B"),
            ["bob"]
        );
        assert_eq!(
            filter_names("id ne ffffffff-3333-4e5f-8a9b-0c1d2e3f4a5b"),
            ["Alice O'Hara", "bob"]
        );
        assert_eq!(
            filter_names("id eq 00000000-0000-0000-0000-000000000000"),
            Vec::<String>::new()
        );
    }

    #[test]
    fn date_time_literals_compare_as_instants() {
        // bob's 05:00+02:00 is 03:00Z, before Alice's 03:04:05Z although it sorts after as text.
        assert_eq!(
            filter_names("Created gt 2024-01-02T03:00:00Z"),
            ["Alice O'Hara"]
        );
        assert_eq!(filter_names("Created eq 2024-01-02T03:00:00Z"), ["bob"]);
        assert_eq!(
            filter_names("Created eq 2024-01-02T04:00:00+01:00"),
            ["bob"]
        );
        assert_eq!(filter_names("Created lt 2024-01-01"), ["Carol"]);
        assert_eq!(
            filter_names("Created ge 2024-01-02T03:04:05.0000000Z"),
            ["Alice O'Hara"]
        );
        assert_eq!(
            filter_names("Created le 2023-12-31T23:59:59.9999999Z"),
            ["Carol"]
        );
        assert_eq!(
            filter_names("Created ne 2024-01-02T03:04:05Z"),
            ["bob", "Carol"]
        );
        // A string that is not a date-time is incomparable, not an error.
        assert_eq!(
            filter_names("Name lt 2030-01-01T00:00:00Z"),
            Vec::<String>::new()
        );
    }

    #[test]
    fn functions() {
        assert_eq!(filter_names("contains(Name,'o')"), ["bob", "Carol"]);
        assert_eq!(filter_names("contains(Name,'O')"), ["Alice O'Hara"]);
        assert_eq!(filter_names("startswith(Name,'Ca')"), ["Carol"]);
        assert_eq!(filter_names("endswith(Name,'ob')"), ["bob"]);
        assert_eq!(filter_names("tolower(Name) eq 'carol'"), ["Carol"]);
        assert_eq!(filter_names("toupper(Name) eq 'BOB'"), ["bob"]);
        assert_eq!(filter_names("length(Name) eq 3"), ["bob"]);
        assert_eq!(filter_names("length(Name) gt 5"), ["Alice O'Hara"]);
        assert_eq!(
            filter_names("contains(tolower(Name),tolower('ALICE'))"),
            ["Alice O'Hara"]
        );
        assert_eq!(
            filter_names("CONTAINS(Name,'b') or StartsWith(Name,'A')"),
            ["Alice O'Hara", "bob"]
        );
        assert_eq!(filter_names("contains(Age,'3')"), Vec::<String>::new());
        assert_eq!(
            filter_names("not contains(Missing,'x')"),
            Vec::<String>::new()
        );
    }

    #[test]
    fn nested_paths_and_case_insensitive_lookup() {
        assert_eq!(
            filter_names("Presence/Aggregate/AcdState eq 'Busy'"),
            ["Alice O'Hara"]
        );
        assert_eq!(
            filter_names("presence/aggregate/acdState eq 'Available'"),
            ["bob"]
        );
        assert_eq!(filter_names("type eq 'Queue'"), ["bob"]);
        assert_eq!(filter_names("NAME eq 'Carol'"), ["Carol"]);
        assert_eq!(
            filter_names("ID eq FFFFFFFF-3333-4E5F-8A9B-0C1D2E3F4A5B"),
            ["Carol"]
        );
        assert_eq!(
            filter_names("Presence/Missing/AcdState eq null"),
            ["Alice O'Hara", "bob", "Carol"]
        );
        // A path through a scalar is missing too.
        assert_eq!(
            filter_names("Name/Length eq null"),
            ["Alice O'Hara", "bob", "Carol"]
        );
    }

    #[test]
    fn exact_spelling_wins_over_case_insensitive_match() {
        let items = vec![json!({"Name": "one", "state": "lower", "State": "upper"})];
        assert_eq!(
            names(&run(&[("$filter", "State eq 'upper'")], items.clone())),
            ["one"]
        );
        assert_eq!(
            names(&run(&[("$filter", "state eq 'lower'")], items)),
            ["one"]
        );
    }

    // ------------------------------------------------------------------------------------------------
    // Errors

    #[test]
    fn filter_errors_say_what_and_where() {
        let cases = [
            (
                "Name eq 'abc",
                "$filter: unterminated string starting at column 9",
            ),
            (
                "Name eq",
                "$filter: expected a value after 'eq' at column 8",
            ),
            (
                "Name eq eq",
                "$filter: expected a value after 'eq' at column 9 (found 'eq')",
            ),
            (
                "Name eq 'x' and",
                "$filter: expected an expression after 'and' at column 16",
            ),
            (
                "Name eq 'x' or or Age eq 1",
                "$filter: expected an expression after 'or' at column 16 (found 'or')",
            ),
            (
                "not",
                "$filter: expected an expression after 'not' at column 4",
            ),
            ("", "$filter: expected an expression at column 1"),
            (
                "frobnicate(Name) eq 1",
                "$filter: unknown function 'frobnicate' at column 1",
            ),
            (
                "contains(Name)",
                "$filter: function 'contains' takes 2 arguments, found 1 at column 1",
            ),
            (
                "length(Name, 'x') eq 1",
                "$filter: function 'length' takes 1 argument, found 2 at column 1",
            ),
            (
                "contains(Name 'x')",
                "$filter: expected ',' or ')' in the arguments of 'contains' at column 15 (found ''x'')",
            ),
            (
                "(Name eq 'x'",
                "$filter: expected ')' at column 13 to close the '(' at column 1",
            ),
            ("Name eq 'x')", "$filter: unexpected ')' at column 12"),
            (
                "Name eq 'x' Age",
                "$filter: expected 'and', 'or' or the end of the expression at column 13 (found 'Age')",
            ),
            (
                "Age eq 1 eq 2",
                "$filter: expected 'and', 'or' or the end of the expression at column 10 (found 'eq')",
            ),
            (
                "Name # 'x'",
                "$filter: unexpected character '#' at column 6",
            ),
            (
                "Type eq Mitel.Models.Type",
                "$filter: expected a quoted enum member after 'Mitel.Models.Type' at column 26",
            ),
            (
                "Type eq Mitel.Models.Type'ADUser",
                "$filter: unterminated string starting at column 26",
            ),
            (
                "Presence/ eq 1",
                "$filter: expected a property name after '/' at column 11 (found 'eq')",
            ),
            (
                "Created gt 2024-13-01T00:00:00Z",
                "$filter: invalid date-time literal '2024-13-01T00:00:00Z' at column 12",
            ),
            (
                "Age eq 12abc",
                "$filter: malformed number '12abc' at column 8",
            ),
            (
                "Age eq 1e999",
                "$filter: number '1e999' out of range at column 8",
            ),
            (
                "é eq 'ü' and",
                "$filter: expected an expression after 'and' at column 13",
            ),
        ];
        for (src, want) in cases {
            assert_eq!(error(&[("$filter", src)]), want, "for {src:?}");
        }
    }

    #[test]
    fn option_errors() {
        let cases: [(&[(&str, &str)], &str); 15] = [
            (
                &[("$top", "-1")],
                "$top: expected a non-negative integer, found '-1'",
            ),
            (
                &[("$top", "ten")],
                "$top: expected a non-negative integer, found 'ten'",
            ),
            (
                &[("$top", "+5")],
                "$top: expected a non-negative integer, found '+5'",
            ),
            (
                &[("$top", "")],
                "$top: expected a non-negative integer, found ''",
            ),
            (
                &[("$top", "100001")],
                "$top: 100001 is over the maximum of 100000",
            ),
            (
                &[("$skip", "1.5")],
                "$skip: expected a non-negative integer, found '1.5'",
            ),
            (
                &[("$skip", "99999999999999999999999")],
                "$skip: 99999999999999999999999 is too large",
            ),
            (&[("$top", "1"), ("$TOP", "2")], "duplicate option '$TOP'"),
            (&[("$frobnicate", "1")], "unknown option '$frobnicate'"),
            (
                &[("$count", "yes")],
                "$count: expected 'true' or 'false', found 'yes'",
            ),
            (
                &[("$orderby", "Name sideways")],
                "$orderby: expected 'asc', 'desc', ',' or the end at column 6 (found 'sideways')",
            ),
            (
                &[("$orderby", "Name,")],
                "$orderby: expected a property name after ',' at column 6",
            ),
            (
                &[("$orderby", "tolower(Name)")],
                "$orderby: only property paths are supported, found 'tolower(' at column 1",
            ),
            (
                &[("$select", "Name,,Id")],
                "$select: expected a property name at column 6",
            ),
            (
                &[("$select", "Name, 9lives")],
                "$select: '9lives' is not a property name at column 7",
            ),
        ];
        for (options, want) in cases {
            assert_eq!(error(options), want, "for {options:?}");
        }
        let nested = error(&[("$expand", "State($select=AcdState)")]);
        assert!(
            nested.contains("nested $expand options are not supported"),
            "{nested}"
        );
        let e: ODataError = odata::parse(&pairs(&[("$top", "x")])).unwrap_err();
        let as_error: &dyn std::error::Error = &e;
        assert_eq!(as_error.to_string(), e.message);
    }

    #[test]
    fn option_names_are_case_insensitive_and_others_ignored() {
        let q = query(&[
            ("$TOP", "5"),
            ("$Skip", "2"),
            ("$COUNT", "True"),
            ("$Expand", "State, Presence"),
            ("sessionid", "Bearer x"),
            ("top", "nonsense"),
            ("$Select", "Name,id"),
        ]);
        assert_eq!(q.top, Some(5));
        assert_eq!(q.skip, Some(2));
        assert!(q.count);
        assert_eq!(q.expand, ["State", "Presence"]);
        assert_eq!(q.select, Some(vec!["Name".to_owned(), "id".to_owned()]));
        assert_eq!(
            query(&[("$top", "100000"), ("$count", "false")]).top,
            Some(100_000)
        );
        assert_eq!(query(&[]), ODataQuery::default());
    }

    #[test]
    fn check_properties_rejects_unknown_top_level_names() {
        let known = ["Name", "Type", "Presence", "Age"];
        let ok = query(&[
            (
                "$filter",
                "name eq 'x' and Presence/Anything/Deep eq 1 and TYPE eq 'y'",
            ),
            ("$orderby", "Age desc, presence/aggregate"),
            ("$select", "Name,*"),
        ]);
        assert_eq!(ok.check_properties(&known), Ok(()));
        let cases = [
            (
                ("$filter", "Name eq 'x' or contains(Foo,'y')"),
                "$filter: unknown property 'Foo'",
            ),
            (
                ("$filter", "Bar/Name eq 1"),
                "$filter: unknown property 'Bar'",
            ),
            (
                ("$orderby", "Name, Foo desc"),
                "$orderby: unknown property 'Foo'",
            ),
            (("$select", "Name,Foo"), "$select: unknown property 'Foo'"),
        ];
        for ((option, value), want) in cases {
            let q = query(&[(option, value)]);
            assert_eq!(
                q.check_properties(&known).map_err(|e| e.message),
                Err(want.to_owned()),
                "{value}"
            );
        }
        // Literals and function names are not properties.
        let q = query(&[(
            "$filter",
            "tolower(Name) eq 'x' and Type eq Mitel.Models.T'Foo'",
        )]);
        assert_eq!(q.check_properties(&known), Ok(()));
    }

    // ------------------------------------------------------------------------------------------------
    // $orderby

    #[test]
    fn orderby_ascending_descending_and_paths() {
        assert_eq!(
            names(&run(&[("$orderby", "Age")], directory())),
            ["Carol", "Alice O'Hara", "bob"]
        );
        assert_eq!(
            names(&run(&[("$orderby", "Age desc")], directory())),
            ["bob", "Alice O'Hara", "Carol"]
        );
        assert_eq!(
            names(&run(&[("$orderby", "Age ASC")], directory())),
            ["Carol", "Alice O'Hara", "bob"]
        );
        // Strings order case-insensitively: "bob" between "Alice" and "Carol".
        assert_eq!(
            names(&run(&[("$orderby", "name")], directory())),
            ["Alice O'Hara", "bob", "Carol"]
        );
        assert_eq!(
            names(&run(
                &[("$orderby", "presence/aggregate/acdstate desc")],
                directory()
            )),
            ["Carol", "Alice O'Hara", "bob"]
        );
    }

    #[test]
    fn orderby_is_stable_and_uses_later_keys_as_tiebreaks() {
        let items: Vec<Value> = (0..20)
            .map(|i| json!({"Name": format!("n{i:02}"), "Group": i % 3, "Rank": (i * 7) % 5}))
            .collect();
        let page = run(&[("$orderby", "Group")], items.clone());
        let mut want: Vec<(i64, String)> = (0..20).map(|i| (i % 3, format!("n{i:02}"))).collect();
        want.sort_by_key(|(g, _)| *g);
        assert_eq!(
            names(&page),
            want.into_iter().map(|(_, n)| n).collect::<Vec<_>>()
        );

        let page = run(&[("$orderby", "Group desc, Rank")], items);
        let keys: Vec<(i64, i64)> = page
            .items
            .iter()
            .map(|i| {
                (
                    i["Group"].as_i64().unwrap_or(-1),
                    i["Rank"].as_i64().unwrap_or(-1),
                )
            })
            .collect();
        let mut sorted = keys.clone();
        sorted.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        assert_eq!(keys, sorted);
    }

    #[test]
    fn orderby_mixed_types_null_bool_number_string() {
        let items = vec![
            json!({"Name": "string-b", "V": "b"}),
            json!({"Name": "number-10", "V": 10}),
            json!({"Name": "missing"}),
            json!({"Name": "string-B", "V": "B"}),
            json!({"Name": "true", "V": true}),
            json!({"Name": "number-2.5", "V": 2.5}),
            json!({"Name": "null", "V": null}),
            json!({"Name": "false", "V": false}),
            json!({"Name": "string-a", "V": "a"}),
        ];
        assert_eq!(
            names(&run(&[("$orderby", "V")], items.clone())),
            [
                "missing",
                "null",
                "false",
                "true",
                "number-2.5",
                "number-10",
                "string-a",
                "string-B",
                "string-b"
            ]
        );
        assert_eq!(
            names(&run(&[("$orderby", "V desc")], items)),
            [
                "string-b",
                "string-B",
                "string-a",
                "number-10",
                "number-2.5",
                "true",
                "false",
                "missing",
                "null"
            ]
        );
    }

    // ------------------------------------------------------------------------------------------------
    // $search

    fn conversations() -> Vec<Value> {
        vec![
            json!({"Name": "c1", "LastAgentId": "agent-7", "Media": "Voice", "Subject": "Billing question",
               "Presence": {"Voice": [{"AcdState": "Busy"}]}}),
            json!({"Name": "c2", "LastAgentId": null, "Media": "Voice", "Subject": "Refund"}),
            json!({"Name": "c3", "Media": "Email", "Subject": "it's urgent", "Priority": 3,
               "_links": {"self": {"href": "/billing/c3"}}}),
            json!({"Name": "c4", "LastAgentId": "agent-9", "Media": "Email", "Subject": "Nested",
               "Details": {"Notes": ["call back about BILLING"]}}),
        ]
    }

    fn search_names(search: &str) -> Vec<String> {
        names(&run(&[("$search", search)], conversations()))
    }

    #[test]
    fn search_forms() {
        assert_eq!(search_names("'_exists_:lastagentid;media:Voice'"), ["c1"]);
        assert_eq!(search_names("_exists_:LastAgentId"), ["c1", "c4"]);
        assert_eq!(search_names("media:voice"), ["c1", "c2"]);
        assert_eq!(search_names("MEDIA:Email;priority:3"), ["c3"]);
        assert_eq!(search_names("'billing'"), ["c1", "c4"]);
        assert_eq!(search_names("'it''s'"), ["c3"]);
        assert_eq!(search_names("Refund ; Voice"), ["c2"]);
        assert_eq!(search_names("nothing-matches"), Vec::<String>::new());
        assert_eq!(search_names(""), ["c1", "c2", "c3", "c4"]);
        assert_eq!(search_names("''"), ["c1", "c2", "c3", "c4"]);
    }

    #[test]
    fn search_paths_reach_nested_objects_and_arrays() {
        assert_eq!(search_names("_exists_:presence.voice.acdstate"), ["c1"]);
        assert_eq!(search_names("presence/voice/acdstate:busy"), ["c1"]);
        assert_eq!(
            search_names("details.notes:CALL BACK ABOUT billing"),
            ["c4"]
        );
        assert_eq!(
            search_names("_exists_:details.missing"),
            Vec::<String>::new()
        );
    }

    #[test]
    fn search_combines_with_filter_and_counts_after_both() {
        let page = run(
            &[
                ("$search", "'_exists_:lastagentid'"),
                ("$filter", "Media eq 'Email'"),
                ("$top", "0"),
            ],
            conversations(),
        );
        assert_eq!(page.total, 1);
        assert!(page.items.is_empty());
    }

    // ------------------------------------------------------------------------------------------------
    // $select, $skip, $top

    #[test]
    fn select_keeps_named_properties_and_links() {
        let page = run(
            &[("$select", "name, AGE"), ("$filter", "Name eq 'bob'")],
            directory(),
        );
        assert_eq!(
            page.items,
            [
                json!({"Name": "bob", "Age": 41, "_links": {"self": {"href": "/miccsdk/api/v1/directory/bob"}}})
            ]
        );
        let all = run(&[("$select", "*")], directory());
        assert_eq!(all.items, directory());
    }

    #[test]
    fn select_applies_after_orderby() {
        let page = run(
            &[("$select", "Name"), ("$orderby", "Age desc")],
            directory(),
        );
        assert_eq!(names(&page), ["bob", "Alice O'Hara", "Carol"]);
        assert!(page.items.iter().all(|i| i.get("Age").is_none()));
    }

    #[test]
    fn skip_top_and_total() {
        let items: Vec<Value> = (0..10)
            .map(|i| json!({"Name": format!("n{i}"), "N": i}))
            .collect();
        let page = run(&[("$skip", "3"), ("$top", "4")], items.clone());
        assert_eq!(page.total, 10);
        assert_eq!(names(&page), ["n3", "n4", "n5", "n6"]);

        let page = run(
            &[
                ("$filter", "N ge 5"),
                ("$orderby", "N desc"),
                ("$skip", "1"),
                ("$top", "2"),
            ],
            items.clone(),
        );
        assert_eq!(page.total, 5);
        assert_eq!(names(&page), ["n8", "n7"]);

        let page = run(&[("$skip", "50")], items.clone());
        assert_eq!((page.total, page.items.len()), (10, 0));
        let page = run(&[("$top", "0")], items.clone());
        assert_eq!((page.total, page.items.len()), (10, 0));

        // The dispatcher caps the page this way.
        let q = ODataQuery {
            top: Some(2),
            ..query(&[("$skip", "9")])
        };
        let page = q.apply(items);
        assert_eq!((page.total, names(&page)), (10, vec!["n9".to_owned()]));
    }

    // ------------------------------------------------------------------------------------------------
    // quote_string and properties

    #[test]
    fn quote_string_doubles_quotes() {
        assert_eq!(quote_string("it's"), "'it''s'");
        assert_eq!(quote_string(""), "''");
        assert_eq!(quote_string("''"), "''''''");
    }

    fn name_strategy() -> impl Strategy<Value = String> {
        // Mostly a tiny alphabet (so names collide and quotes abound), sometimes any Unicode.
        prop_oneof![3 => "[a' é\"]{0,5}", 1 => any::<String>()]
    }

    proptest! {
        #[test]
        fn quoted_names_round_trip_through_filter(names_in in prop::collection::vec(name_strategy(), 1..8), pick in any::<prop::sample::Index>()) {
            let target = pick.get(&names_in).clone();
            let items: Vec<Value> = names_in.iter().enumerate().map(|(i, n)| json!({"Name": n, "i": i})).collect();
            let filter = format!("Name eq {}", quote_string(&target));
            let page = run(&[("$filter", filter.as_str())], items);
            let want: Vec<usize> = names_in.iter().enumerate().filter(|(_, n)| **n == target).map(|(i, _)| i).collect();
            let got: Vec<usize> = page.items.iter().filter_map(|i| i["i"].as_u64()).map(|i| i as usize).collect();
            prop_assert_eq!(got, want);
        }

        #[test]
        fn eq_total_counts_exactly_the_equal_items(
            values in prop::collection::vec(prop::option::of(prop_oneof![
                "[ab']{0,2}".prop_map(Value::from),
                (0i64..3).prop_map(Value::from),
            ]), 0..30),
            v in "[ab']{0,2}",
        ) {
            let items: Vec<Value> = values.iter().map(|x| match x {
                Some(x) => json!({"X": x}),
                None => json!({"Y": 1}),
            }).collect();
            let expected = values.iter().filter(|x| x.as_ref().and_then(Value::as_str) == Some(v.as_str())).count() as u64;
            let filter = format!("X eq {}", quote_string(&v));
            let page = run(&[("$filter", filter.as_str())], items);
            prop_assert_eq!(page.total, expected);
            prop_assert_eq!(page.items.len() as u64, expected);
        }

        #[test]
        fn parse_never_panics(value in any::<String>(), option in prop::sample::select(vec!["$filter", "$orderby", "$search", "$select", "$top", "$skip", "$expand", "$count"])) {
            if let Ok(q) = odata::parse(&pairs(&[(option, value.as_str())])) {
                let _ = q.check_properties(&["Name"]);
                let _ = q.apply(directory());
            }
        }

        #[test]
        fn filter_like_input_never_panics(parts in prop::collection::vec(prop::sample::select(vec![
            "Name", "Presence/Aggregate/AcdState", "eq", "ne", "gt", "and", "or", "not", "(", ")", ",", "'x'", "'", "''",
            "1", "-2.5", "null", "true", "contains(", "tolower(", "length(", "/", "2024-01-02T03:04:05Z",
            "6f1c2b3a-1111-4e5f-8a9b-0c1d2e3f4a5b", "A.B'C'", "A.B", " ", "é", "desc",
        ]), 0..20)) {
            let src: String = parts.concat();
            for option in ["$filter", "$orderby"] {
                if let Ok(q) = odata::parse(&pairs(&[(option, src.as_str())])) {
                    let _ = q.check_properties(&["Name", "Presence"]);
                    let _ = q.apply(directory());
                }
            }
        }
    }
}
