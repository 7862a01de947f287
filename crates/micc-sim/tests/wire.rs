//! Wire forms: camelCasing, encoding canonical values, decoding request bodies, and the
//! JSON Schema of what the simulator sends (checked with a small validator written here,
//! since no validator crate is available).

// Everything sits in `mod wire` so that `cargo test -p micc-sim wire` selects these tests.
mod wire {
    use micc_sim::wire::{
        ASSUMED_ENUMS, WireError, WireForm, camel_case, decode_request, encode,
        response_schema_for, wire_schema,
    };
    use serde_json::{Value, json};

    fn model(name: &str) -> Value {
        json!({ "$ref": format!("#/components/schemas/{name}") })
    }

    fn array_of(name: &str) -> Value {
        json!({ "type": "array", "items": model(name) })
    }

    /// A HAL collection schema exactly as the REST layer builds it.
    fn collection_of(name: &str) -> Value {
        json!({
            "allOf": [
                { "$ref": "#/components/schemas/HalCollection" },
                { "properties": { "_embedded": { "properties": { "items": { "type": "array", "items": model(name) } } } } }
            ]
        })
    }

    fn decode(body: &str, schema: &Value) -> Result<Value, WireError> {
        decode_request(body.as_bytes(), schema)
    }

    fn decode_err(body: &str, schema: &Value) -> String {
        match decode(body, schema) {
            Ok(v) => panic!("{body} decoded to {v}, expected an error"),
            Err(e) => e.to_string(),
        }
    }

    // ---------------------------------------------------------------------------------------
    // Canonical samples (document spelling, enum names), as handlers build them
    // ---------------------------------------------------------------------------------------

    fn queue_state() -> Value {
        json!({
            "_links": { "self": { "href": "/miccsdk/api/v1/queues/q1/state" } },
            "Id": "q1",
            "Name": "Sales",
            "Reporting": "P1001",
            "WaitingConversations": 3,
            "AgentsAvailable": 2,
            "AbandonedConversationsPercentageToday": 1.5,
            "LongestWaitingConversationDuration": "00:03:12",
            "LongestWaitingStartedTime": "2024-05-01T12:30:00Z",
            "IsInDoNotDisturb": false,
            "MediaType": "Voice"
        })
    }

    fn employee_state() -> Value {
        json!({
            "_links": { "self": { "href": "/miccsdk/api/v1/employees/e1/state" } },
            "Id": "e1",
            "Name": "Ann Lee",
            "FirstName": "Ann",
            "PhotoUrl": null,
            "Presence": {
                "Aggregate": { "AcdState": "Busy", "Reason": "Lunch" },
                "Voice": [ { "AcdState": "Available", "Reason": null } ],
                "Email": null,
                "Chat": { "AcdState": "DoNotDisturb", "Reason": "Meeting" },
                "OpenMedia": { "AcdState": "Offline", "Reason": null }
            },
            "AcdVoiceConversationsToday": 4,
            "EnteredStateOn": "2024-05-01T12:00:00Z"
        })
    }

    fn agent_state() -> Value {
        json!({
            "_links": { "self": { "href": "/miccsdk/api/v1/agents/a1/state" } },
            "Id": "a1",
            "FirstName": "Ann",
            "MediaType": "Voice",
            "MediaServerType": "SIP",
            "CurrentState": "ACD",
            "AvailableState": "Available",
            "CoacherDN": "2001",
            "PresentInAgentGroups": [ "0b5a8c9e-1f2d-4c3b-9a8e-7d6c5b4a3f21" ],
            "UnavailablePercentToday": 12.5,
            "IsSilentMonitored": false
        })
    }

    fn conversation() -> Value {
        json!({
            "_links": { "self": { "href": "/miccsdk/api/v1/conversations/c1" } },
            "ConversationId": "c1",
            "Type": "Voice",
            "MediaType": "Voice",
            "MediaServerType": "SIP",
            "ConversationState": "InQueue",
            "Direction": "Inbound",
            "LastAgentAction": "Hold",
            "Variables": { "CustomerId": "42", "Account Number": "7", "URLValue": "x" },
            "SupplementalDetails": { "OrderNo": "A-1" },
            "ANI": "5551234",
            "DNIS": "8000",
            "TimeOfferedToQueue": "2024-05-01T12:30:00Z",
            "PositionInQueue": 1
        })
    }

    fn directory_entry() -> Value {
        json!({
            "_links": { "self": { "href": "/miccsdk/api/v1/directory/d1" } },
            "Id": "d1",
            "SiteId": "0b5a8c9e-1f2d-4c3b-9a8e-7d6c5b4a3f21",
            "Name": "Ann Lee",
            "Type": "ADUser",
            "Presence": { "Aggregate": { "AcdState": "Away" } },
            "Custom": { "Department": "Sales", "CostCenter": "7" },
            "CreatedOn": "2024-01-01T00:00:00Z",
            "VoiceMediaServerType": "SIP",
            "IsMediaQueueWorkflowValidated": true
        })
    }

    fn agent_states_collection() -> Value {
        let mut second = agent_state();
        second["Id"] = json!("a2");
        second["CurrentState"] = json!("Idle");
        second["MediaServerType"] = json!("MCCEmail");
        second["MediaType"] = json!("Email");
        json!({
            "count": 2,
            "_links": { "self": { "href": "/miccsdk/api/v1/agents/states" }, "Next": { "href": "x" } },
            "_embedded": { "items": [agent_state(), second] }
        })
    }

    // ---------------------------------------------------------------------------------------
    // camelCase
    // ---------------------------------------------------------------------------------------

    #[test]
    fn camel_case_matches_json_net_edge_cases() {
        let table = [
            ("WaitingConversations", "waitingConversations"),
            ("ANI", "ani"),
            ("DNIS", "dnis"),
            ("IsEnabledForSMS", "isEnabledForSMS"),
            ("URLValue", "urlValue"),
            ("Id", "id"),
            ("id", "id"),
            ("ID", "id"),
            ("isDefault", "isDefault"),
            ("Photourl", "photourl"),
            ("PhotoUrl", "photoUrl"),
            ("CoacherDN", "coacherDN"),
            ("IsOSCMSRecorderEnabled", "isOSCMSRecorderEnabled"),
            ("SX200ACD", "sX200ACD"),
            ("_links", "_links"),
            ("_embedded", "_embedded"),
            ("count", "count"),
            ("A", "a"),
            ("", ""),
            ("FOO bar", "foo bar"),
        ];
        for (input, expected) in table {
            assert_eq!(camel_case(input), expected, "camel_case({input:?})");
        }
    }

    // ---------------------------------------------------------------------------------------
    // encode
    // ---------------------------------------------------------------------------------------

    #[test]
    fn encode_queue_state_in_both_forms() {
        let camel = encode(&queue_state(), &model("QueueState"), WireForm::Camel);
        assert_eq!(
            camel,
            json!({
                "_links": { "self": { "href": "/miccsdk/api/v1/queues/q1/state" } },
                "id": "q1",
                "name": "Sales",
                "reporting": "P1001",
                "waitingConversations": 3,
                "agentsAvailable": 2,
                "abandonedConversationsPercentageToday": 1.5,
                "longestWaitingConversationDuration": "00:03:12",
                "longestWaitingStartedTime": "2024-05-01T12:30:00Z",
                "isInDoNotDisturb": false,
                "mediaType": "Voice"
            })
        );
        let pascal = encode(&queue_state(), &model("QueueState"), WireForm::Pascal);
        let mut expected = queue_state();
        expected["MediaType"] = json!(1);
        assert_eq!(pascal, expected);
    }

    #[test]
    fn encode_employee_state_presence_in_both_forms() {
        let camel = encode(&employee_state(), &model("EmployeeState"), WireForm::Camel);
        assert_eq!(
            camel["presence"]["aggregate"],
            json!({ "acdState": "Busy", "reason": "Lunch" })
        );
        assert_eq!(
            camel["presence"]["voice"],
            json!([{ "acdState": "Available", "reason": null }])
        );
        assert_eq!(camel["presence"]["email"], Value::Null);
        assert_eq!(camel["presence"]["chat"]["acdState"], "DoNotDisturb");
        assert_eq!(camel["presence"]["openMedia"]["acdState"], "Offline");
        assert_eq!(camel["photoUrl"], Value::Null);
        assert_eq!(camel["acdVoiceConversationsToday"], 4);
        assert!(camel.get("Presence").is_none());

        let pascal = encode(&employee_state(), &model("EmployeeState"), WireForm::Pascal);
        let mut expected = employee_state();
        expected["Presence"]["Aggregate"]["AcdState"] = json!(2);
        expected["Presence"]["Voice"][0]["AcdState"] = json!(1);
        expected["Presence"]["Chat"]["AcdState"] = json!(3);
        expected["Presence"]["OpenMedia"]["AcdState"] = json!(5);
        assert_eq!(pascal, expected);
    }

    #[test]
    fn encode_agent_state_enums_in_both_forms() {
        let camel = encode(&agent_state(), &model("AgentState"), WireForm::Camel);
        assert_eq!(camel["currentState"], "ACD");
        assert_eq!(camel["availableState"], "Available");
        assert_eq!(camel["mediaServerType"], "SIP");
        assert_eq!(camel["mediaType"], "Voice");
        assert_eq!(camel["coacherDN"], "2001");
        // Agent-group ids (wire-facts.md), strings in both forms.
        assert_eq!(
            camel["presentInAgentGroups"],
            json!(["0b5a8c9e-1f2d-4c3b-9a8e-7d6c5b4a3f21"])
        );

        let pascal = encode(&agent_state(), &model("AgentState"), WireForm::Pascal);
        assert_eq!(pascal["CurrentState"], 4);
        assert_eq!(pascal["AvailableState"], 1);
        assert_eq!(pascal["MediaServerType"], 23);
        assert_eq!(pascal["MediaType"], 1);
        assert_eq!(
            pascal["PresentInAgentGroups"],
            agent_state()["PresentInAgentGroups"]
        );
        assert_eq!(pascal["CoacherDN"], "2001");
    }

    #[test]
    fn encode_conversation_in_both_forms_leaves_dictionary_keys_alone() {
        let camel = encode(
            &conversation(),
            &model("ConversationModel"),
            WireForm::Camel,
        );
        assert_eq!(camel["conversationState"], "InQueue");
        assert_eq!(camel["type"], "Voice");
        assert_eq!(camel["mediaType"], "Voice");
        assert_eq!(camel["direction"], "Inbound");
        assert_eq!(camel["lastAgentAction"], "Hold");
        assert_eq!(camel["ani"], "5551234");
        assert_eq!(camel["dnis"], "8000");
        assert_eq!(
            camel["variables"],
            json!({ "CustomerId": "42", "Account Number": "7", "URLValue": "x" })
        );
        assert_eq!(camel["supplementalDetails"], json!({ "OrderNo": "A-1" }));
        assert_eq!(camel["_links"], conversation()["_links"]);

        let pascal = encode(
            &conversation(),
            &model("ConversationModel"),
            WireForm::Pascal,
        );
        assert_eq!(pascal["ConversationState"], 1);
        assert_eq!(
            pascal["Type"], 4,
            "ConversationModel.Type uses the ConversationRequestType names"
        );
        assert_eq!(pascal["MediaType"], 1);
        assert_eq!(pascal["MediaServerType"], 23);
        assert_eq!(pascal["Direction"], 1);
        assert_eq!(pascal["LastAgentAction"], 6);
        assert_eq!(pascal["Variables"], conversation()["Variables"]);
        assert_eq!(pascal["ANI"], "5551234");
    }

    #[test]
    fn encode_directory_entry_type_in_both_forms() {
        let camel = encode(
            &directory_entry(),
            &model("DirectoryEntryModel"),
            WireForm::Camel,
        );
        assert_eq!(camel["type"], "ADUser");
        assert_eq!(camel["voiceMediaServerType"], "SIP");
        assert_eq!(camel["siteId"], "0b5a8c9e-1f2d-4c3b-9a8e-7d6c5b4a3f21");
        assert_eq!(
            camel["custom"],
            json!({ "Department": "Sales", "CostCenter": "7" })
        );
        assert_eq!(
            camel["presence"],
            json!({ "aggregate": { "acdState": "Away" } })
        );

        let pascal = encode(
            &directory_entry(),
            &model("DirectoryEntryModel"),
            WireForm::Pascal,
        );
        assert_eq!(
            pascal["Type"], 5,
            "DirectoryEntryModel.Type uses the DirectoryEntryType table"
        );
        assert_eq!(pascal["VoiceMediaServerType"], 23);
        assert_eq!(pascal["Presence"]["Aggregate"]["AcdState"], 4);
        assert_eq!(pascal["Custom"], directory_entry()["Custom"]);
    }

    #[test]
    fn encode_variable_and_case_types_use_their_own_tables() {
        let variable =
            json!({ "id": "v1", "name": "Account", "Type": "Integer", "CategoryType": "Custom" });
        let pascal = encode(&variable, &model("VariableModel"), WireForm::Pascal);
        assert_eq!(pascal["Type"], 1);
        assert_eq!(pascal["CategoryType"], 1);
        let case = json!({ "Id": "k1", "State": "Reopened", "LastMediaType": "Email" });
        let pascal = encode(&case, &model("CaseModel"), WireForm::Pascal);
        assert_eq!(pascal["State"], 2);
        assert_eq!(pascal["LastMediaType"], 2);
        let employee =
            json!({ "id": "e1", "SupervisorLicenseType": "Full", "IsEnabledForSMS": true });
        let camel = encode(&employee, &model("EmployeeModel"), WireForm::Camel);
        assert_eq!(
            camel,
            json!({ "id": "e1", "supervisorLicenseType": "Full", "isEnabledForSMS": true })
        );
        assert_eq!(
            encode(&employee, &model("EmployeeModel"), WireForm::Pascal)["SupervisorLicenseType"],
            2
        );
    }

    #[test]
    fn encode_hal_collection_in_both_forms() {
        let schema = collection_of("AgentState");
        let camel = encode(&agent_states_collection(), &schema, WireForm::Camel);
        assert_eq!(camel["count"], 2);
        // Link relations are dictionary keys: untouched.
        assert_eq!(camel["_links"], agent_states_collection()["_links"]);
        let items = camel["_embedded"]["items"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        assert_eq!(items.len(), 2);
        assert_eq!(items[0]["currentState"], "ACD");
        assert_eq!(items[1]["currentState"], "Idle");
        assert_eq!(items[1]["mediaServerType"], "MCCEmail");
        assert_eq!(
            items[0],
            encode(&agent_state(), &model("AgentState"), WireForm::Camel)
        );

        let pascal = encode(&agent_states_collection(), &schema, WireForm::Pascal);
        assert_eq!(pascal["count"], 2);
        assert_eq!(pascal["_embedded"]["items"][0]["CurrentState"], 4);
        assert_eq!(pascal["_embedded"]["items"][1]["CurrentState"], 2);
        assert_eq!(pascal["_embedded"]["items"][1]["MediaServerType"], 7);
        assert_eq!(pascal["_embedded"]["items"][1]["MediaType"], 2);
    }

    #[test]
    fn encode_array_of_models() {
        let values = json!([queue_state(), queue_state()]);
        let camel = encode(&values, &array_of("QueueState"), WireForm::Camel);
        assert_eq!(camel[1]["waitingConversations"], 3);
        let pascal = encode(&values, &array_of("QueueState"), WireForm::Pascal);
        assert_eq!(pascal[1]["MediaType"], 1);
    }

    #[test]
    fn encode_without_schema_camel_cases_keys_but_not_links() {
        let body = json!({
            "Message": "Authorization has been denied for this request.",
            "Nested": [ { "URLValue": 1, "ANI": "x" } ],
            "_links": { "Self": { "href": "/x" } },
            "_embedded": { "Queues": [ { "QueueId": "q" } ] }
        });
        let expected = json!({
            "message": "Authorization has been denied for this request.",
            "nested": [ { "urlValue": 1, "ani": "x" } ],
            "_links": { "Self": { "href": "/x" } },
            "_embedded": { "Queues": [ { "queueId": "q" } ] }
        });
        assert_eq!(encode(&body, &json!({}), WireForm::Camel), expected);
        assert_eq!(encode(&body, &Value::Null, WireForm::Camel), expected);
        assert_eq!(encode(&body, &json!({}), WireForm::Pascal), body);
        // Properties a model does not declare are camelCased too.
        let extra = json!({ "Id": "q1", "NotInTheDocument": { "InnerKey": 1 } });
        assert_eq!(
            encode(&extra, &model("QueueState"), WireForm::Camel),
            json!({ "id": "q1", "notInTheDocument": { "innerKey": 1 } })
        );
    }

    #[test]
    fn encode_keeps_integers_and_unknown_names() {
        let state = json!({ "Id": "a1", "CurrentState": 4, "AvailableState": "Sleeping" });
        let pascal = encode(&state, &model("AgentState"), WireForm::Pascal);
        assert_eq!(
            pascal,
            json!({ "Id": "a1", "CurrentState": 4, "AvailableState": "Sleeping" })
        );
        let camel = encode(&state, &model("AgentState"), WireForm::Camel);
        assert_eq!(
            camel,
            json!({ "id": "a1", "currentState": 4, "availableState": "Sleeping" })
        );
        // Names of the document's own enums map too; a wrong JSON type is left alone.
        let odd = json!({ "ConversationAction": "pick", "MediaServerType": ["SIP"] });
        let pascal = encode(&odd, &model("ConversationUpdateModel"), WireForm::Pascal);
        assert_eq!(
            pascal,
            json!({ "ConversationAction": 9, "MediaServerType": ["SIP"] })
        );
    }

    #[test]
    fn encode_inline_schemas() {
        let times = json!({ "Server-1": "2024-05-01T12:30:00Z" });
        let schema = json!({ "type": "object", "additionalProperties": { "type": "string", "format": "date-time" } });
        assert_eq!(encode(&times, &schema, WireForm::Camel), times);
        assert_eq!(
            encode(
                &json!("Done"),
                &json!({ "type": "string" }),
                WireForm::Camel
            ),
            json!("Done")
        );
        let files = json!([{ "FileName": "a.txt" }]);
        let schema = json!({ "type": "array", "items": { "type": "object" } });
        assert_eq!(
            encode(&files, &schema, WireForm::Camel),
            files,
            "items are dictionaries"
        );
        let open = json!({ "type": "object", "additionalProperties": true });
        let nested = json!({ "Key": { "InnerKey": 1 } });
        assert_eq!(encode(&nested, &open, WireForm::Camel), nested);
    }

    // ---------------------------------------------------------------------------------------
    // decode_request
    // ---------------------------------------------------------------------------------------

    #[test]
    fn decode_employee_state_update_in_both_forms() {
        let schema = model("EmployeeStateUpdateModel");
        let canonical = json!({
            "State": "Busy",
            "Reason": "Lunch",
            "AvailableReason": "ClearBusy",
            "IsHotDeskExternal": false
        });
        let camel = r#"{"state":"busy","reason":"Lunch","availableReason":"clearBusy","isHotDeskExternal":false}"#;
        let pascal =
            r#"{"State":2,"Reason":"Lunch","AvailableReason":2,"IsHotDeskExternal":false}"#;
        let mixed = r#"{"STATE":"2","reason":"Lunch","AvailableReason":"CLEARBUSY","ishotdeskexternal":false}"#;
        assert_eq!(decode(camel, &schema), Ok(canonical.clone()));
        assert_eq!(decode(pascal, &schema), Ok(canonical.clone()));
        assert_eq!(decode(mixed, &schema), Ok(canonical));
    }

    #[test]
    fn decode_conversation_updates_from_either_form_agree() {
        let schema = array_of("ConversationUpdateModel");
        let camel = decode(r#"[{"conversationAction":"pick","id":"x"}]"#, &schema);
        let pascal = decode(r#"[{"ConversationAction":9,"Id":"x"}]"#, &schema);
        assert_eq!(
            camel,
            Ok(json!([{ "ConversationAction": "Pick", "Id": "x" }]))
        );
        assert_eq!(camel, pascal);
        let full = decode(
            r#"{"conversationAction":"Transfer","transferDestinationType":"queue","transferDestination":"Sales",
                "conferenceAction":7,"invitees":["a","b"],"lastTimeDigitPressed":"2024-05-01T12:30:00.5+02:00",
                "mediaServerType":"sip","transferType":"VoiceBlindTransfer","tags":[{"Key":"k","Value":"v"}]}"#,
            &model("ConversationUpdateModel"),
        );
        assert_eq!(
            full,
            Ok(json!({
                "ConversationAction": "Transfer",
                "TransferDestinationType": "Queue",
                "TransferDestination": "Sales",
                "ConferenceAction": "Play",
                "Invitees": ["a", "b"],
                "LastTimeDigitPressed": "2024-05-01T12:30:00.5+02:00",
                "MediaServerType": "SIP",
                "TransferType": "VoiceBlindTransfer",
                "Tags": [{ "Key": "k", "Value": "v" }]
            }))
        );
    }

    #[test]
    fn decode_directory_entry_in_both_forms() {
        let schema = model("DirectoryEntryModel");
        let camel = r#"{"type":"aduser","siteId":"0B5A8C9E-1F2D-4C3B-9A8E-7D6C5B4A3F21","name":"Ann",
            "custom":{"Department":"Sales"},"createdOn":"2024-01-01T00:00:00Z","voiceMediaServerType":"SIP",
            "presence":{"aggregate":{"acdState":"away"}},"isMediaQueueWorkflowValidated":true}"#;
        let pascal = r#"{"Type":5,"SiteId":"0B5A8C9E-1F2D-4C3B-9A8E-7D6C5B4A3F21","Name":"Ann",
            "Custom":{"Department":"Sales"},"CreatedOn":"2024-01-01T00:00:00Z","VoiceMediaServerType":23,
            "Presence":{"Aggregate":{"AcdState":4}},"IsMediaQueueWorkflowValidated":true}"#;
        // GUIDs come out normalised (lowercase), as .NET's Guid writes them.
        let canonical = json!({
            "Type": "ADUser",
            "SiteId": "0b5a8c9e-1f2d-4c3b-9a8e-7d6c5b4a3f21",
            "Name": "Ann",
            "Custom": { "Department": "Sales" },
            "CreatedOn": "2024-01-01T00:00:00Z",
            "VoiceMediaServerType": "SIP",
            "Presence": { "Aggregate": { "AcdState": "Away" } },
            "IsMediaQueueWorkflowValidated": true
        });
        assert_eq!(decode(camel, &schema), Ok(canonical.clone()));
        assert_eq!(decode(pascal, &schema), Ok(canonical));
    }

    #[test]
    fn decode_open_media_request_keeps_variable_data_keys() {
        let body = r#"{"targetUri":"https://crm.example/case/1","targetUriEmbedded":true,"queue":"Sales",
            "from":"CRM","variableData":{"Name":"Ann","account number":"7"}}"#;
        assert_eq!(
            decode(body, &model("OpenMediaRequestModel")),
            Ok(json!({
                "TargetUri": "https://crm.example/case/1",
                "TargetUriEmbedded": true,
                "Queue": "Sales",
                "From": "CRM",
                "VariableData": { "Name": "Ann", "account number": "7" }
            }))
        );
    }

    #[test]
    fn decode_open_media_update_action() {
        let schema = model("OpenMediaUpdateRequestModel");
        for body in [
            r#"{"action":"Complete"}"#,
            r#"{"Action":0}"#,
            r#"{"ACTION":"complete"}"#,
        ] {
            assert_eq!(
                decode(body, &schema),
                Ok(json!({ "Action": "Complete" })),
                "{body}"
            );
        }
        assert_eq!(
            decode(r#"{"action":1}"#, &schema),
            Ok(json!({ "Action": "Reroute" }))
        );
        assert_eq!(
            decode_err(r#"{"action":2}"#, &schema),
            "$.Action: expected an OpenMediaUpdateRequestModel.Action (0-1 or Complete, Reroute), got 2"
        );
    }

    #[test]
    fn decode_ignores_unknown_properties_accepts_null_and_does_not_enforce_required() {
        let schema = model("EmployeeStateUpdateModel");
        assert_eq!(
            decode(r#"{"Bogus":1,"state":"Away"}"#, &schema),
            Ok(json!({ "State": "Away" }))
        );
        assert_eq!(
            decode(
                r#"{"State":null,"Reason":null,"IsHotDeskExternal":null}"#,
                &schema
            ),
            Ok(json!({ "State": null, "Reason": null, "IsHotDeskExternal": null }))
        );
        assert_eq!(decode("{}", &schema), Ok(json!({})));
        // A UTF-8 byte order mark (sent by some .NET clients) is skipped.
        assert_eq!(
            decode_request(b"\xEF\xBB\xBF{\"state\":1}", &schema),
            Ok(json!({ "State": "Available" }))
        );
        // No schema: anything JSON passes through, null included.
        assert_eq!(
            decode(r#"{"a":[1,{"B":null}]}"#, &json!({})),
            Ok(json!({ "a": [1, { "B": null }] }))
        );
        assert_eq!(decode("null", &json!({})), Ok(Value::Null));
    }

    #[test]
    fn decode_hal_collection_body() {
        let body = r#"{"count":1,"_links":{},"_embedded":{"items":[{"id":"0b5a8c9e-1f2d-4c3b-9a8e-7d6c5b4a3f21","statuses":[{"id":"1c6b9d0f-2e3d-4d4c-8b9f-8e7d6c5b4a32","type":"Voice","status":"NotPresent"}]}]}}"#;
        assert_eq!(
            decode(body, &collection_of("EmployeeAgentGroupModel")),
            Ok(json!({
                "count": 1,
                "_links": {},
                "_embedded": { "items": [ {
                    "Id": "0b5a8c9e-1f2d-4c3b-9a8e-7d6c5b4a3f21",
                    "Statuses": [ {
                        "Id": "1c6b9d0f-2e3d-4d4c-8b9f-8e7d6c5b4a32",
                        "Type": "Voice",
                        "Status": "NotPresent"
                    } ]
                } ] }
            }))
        );
    }

    #[test]
    fn decode_errors_name_the_path_and_the_expectation() {
        let update = model("EmployeeStateUpdateModel");
        let updates = array_of("ConversationUpdateModel");
        let cases: Vec<(String, Value, &str)> = vec![
            (
                r#"{"State":"Sleepy"}"#.into(),
                update.clone(),
                r#"$.State: expected a PresenceAvailability (0-5 or Unknown, Available, Busy, DoNotDisturb, Away, Offline), got "Sleepy""#,
            ),
            (
                r#"{"state":6}"#.into(),
                update.clone(),
                "$.State: expected a PresenceAvailability (0-5 or Unknown, Available, Busy, DoNotDisturb, Away, Offline), got 6",
            ),
            (
                r#"{"State":true}"#.into(),
                update.clone(),
                "$.State: expected a PresenceAvailability (0-5 or Unknown, Available, Busy, DoNotDisturb, Away, Offline), got true",
            ),
            (
                r#"{"availableReason":"Lunch"}"#.into(),
                update.clone(),
                r#"$.AvailableReason: expected an AvailableReason (0-4 or Available, ClearWorkTimer, ClearBusy, ClearDoNotDisturb, Login), got "Lunch""#,
            ),
            (
                r#"{"IsHotDeskExternal":"yes"}"#.into(),
                update.clone(),
                r#"$.IsHotDeskExternal: expected a boolean, got "yes""#,
            ),
            (
                r#"{"reason":[5]}"#.into(),
                update.clone(),
                "$.Reason: expected a string, got an array",
            ),
            (
                r#"[{"State":1}]"#.into(),
                update.clone(),
                "$: expected an EmployeeStateUpdateModel object, got an array",
            ),
            (
                r#""Busy""#.into(),
                update.clone(),
                "$: expected an EmployeeStateUpdateModel object, got \"Busy\"",
            ),
            (
                "null".into(),
                update.clone(),
                "$: expected an EmployeeStateUpdateModel object, got null",
            ),
            (
                r#"{"conversationAction":"pick","id":"x"}"#.into(),
                updates.clone(),
                "$: expected an array of ConversationUpdateModel, got an object",
            ),
            (
                r#"[{"ConversationAction":9},{"ConversationAction":1},{"conversationAction":42}]"#
                    .into(),
                updates.clone(),
                "$[2].ConversationAction: expected a ConversationActionType (0-41 or Unknown, Accept, AutoAnswer",
            ),
            (
                r#"[{"ConversationAction":9,"Invitees":["a",{}]}]"#.into(),
                updates.clone(),
                "$[0].Invitees[1]: expected a string, got an object",
            ),
            (
                r#"[{"Invitees":"a"}]"#.into(),
                updates.clone(),
                r#"$[0].Invitees: expected an array, got "a""#,
            ),
            (
                r#"[{"MediaServerType":"PBX"}]"#.into(),
                updates.clone(),
                r#"$[0].MediaServerType: expected a NodeTypes (0-8, 10-19, 21-23 or Unknown, SX200ACD"#,
            ),
            (
                r#"[{"LastTimeDigitPressed":"yesterday"}]"#.into(),
                updates.clone(),
                r#"$[0].LastTimeDigitPressed: expected an ISO 8601 date-time such as "2024-05-01T12:30:00Z", got "yesterday""#,
            ),
            (
                r#"{"CreatedOn":"2024-02-30T00:00:00Z"}"#.into(),
                model("DirectoryEntryModel"),
                r#"$.CreatedOn: expected an ISO 8601 date-time such as "2024-05-01T12:30:00Z", got "2024-02-30T00:00:00Z""#,
            ),
            (
                r#"{"siteId":"site-1"}"#.into(),
                model("DirectoryEntryModel"),
                r#"$.SiteId: expected a UUID (8-4-4-4-12 hex digits), got "site-1""#,
            ),
            (
                r#"{"Type":"Robot"}"#.into(),
                model("DirectoryEntryModel"),
                r#"$.Type: expected a DirectoryEntryType (0-9 or Unknown, Employee, Queue, DatabaseContact, ElasticContact, ADUser, ADContact, ADGroup, Extension, ExternalContact), got "Robot""#,
            ),
            (
                r#"{"Presence":{"Aggregate":{"AcdState":"Sleepy"}}}"#.into(),
                model("DirectoryEntryModel"),
                r#"$.Presence.Aggregate.AcdState: expected a PresenceAvailability (0-5 or Unknown, Available, Busy, DoNotDisturb, Away, Offline), got "Sleepy""#,
            ),
            (
                r#"{"Custom":["x"]}"#.into(),
                model("DirectoryEntryModel"),
                "$.Custom: expected an object, got an array",
            ),
            (
                r#"{"variableData":"Name=Ann"}"#.into(),
                model("OpenMediaRequestModel"),
                r#"$.VariableData: expected an object, got "Name=Ann""#,
            ),
            (
                r#"{"N":1.5}"#.into(),
                json!({ "type": "object", "properties": { "N": { "type": "integer" } } }),
                "$.N: expected an integer, got 1.5",
            ),
            (
                r#"{"a b":"x"}"#.into(),
                json!({ "type": "object", "additionalProperties": { "type": "integer" } }),
                r#"$["a b"]: expected an integer, got "x""#,
            ),
            (
                "".into(),
                update.clone(),
                "$: the request body is empty; expected an EmployeeStateUpdateModel object",
            ),
            (
                " \r\n\t".into(),
                updates.clone(),
                "$: the request body is empty; expected an array of ConversationUpdateModel",
            ),
            (
                r#"{"State":"#.into(),
                update.clone(),
                "$.State: Unexpected end when reading JSON. Line 1, position 10.",
            ),
            (
                "{State:}".into(),
                update.clone(),
                "$.State: Unexpected character encountered while parsing value: }.",
            ),
            (
                format!("{{\"Reason\":{}1{}}}", "[".repeat(64), "]".repeat(64)),
                update.clone(),
                "$: the JSON nests arrays and objects deeper than 64 levels",
            ),
        ];
        for (body, schema, expected) in &cases {
            let message = decode_err(body, schema);
            assert!(
                message.starts_with(expected),
                "body {body}\n  got:      {message}\n  expected: {expected}"
            );
        }
    }

    #[test]
    fn decode_error_has_path_message_and_display() {
        let err = decode(r#"{"State":"Sleepy"}"#, &model("EmployeeStateUpdateModel")).err();
        let Some(err) = err else {
            panic!("expected an error")
        };
        assert_eq!(err.path, "$.State");
        assert!(
            err.message.starts_with("expected a PresenceAvailability"),
            "{}",
            err.message
        );
        assert_eq!(err.to_string(), format!("{}: {}", err.path, err.message));
        let as_error: &dyn std::error::Error = &err;
        assert_eq!(as_error.to_string(), err.to_string());
    }

    #[test]
    fn decode_limits_depth_and_size() {
        // 64 levels are fine, 65 are not.
        let ok = format!("{}{}", "[".repeat(64), "]".repeat(64));
        assert!(decode(&ok, &json!({})).is_ok());
        let deep = format!("{}{}", "[".repeat(65), "]".repeat(65));
        assert_eq!(
            decode_err(&deep, &json!({})),
            "$: the JSON nests arrays and objects deeper than 64 levels"
        );
        // Brackets inside strings do not count.
        let quoted = format!("{{\"Reason\":\"{}\"}}", "[{".repeat(100));
        assert!(decode(&quoted, &model("EmployeeStateUpdateModel")).is_ok());

        let filler = "x".repeat(1024 * 1024);
        let big = format!("{{\"Reason\":\"{filler}\"}}");
        assert_eq!(
            decode_err(&big, &model("EmployeeStateUpdateModel")),
            format!(
                "$: the request body is {} bytes; at most 1048576 bytes (1 MiB) are accepted",
                big.len()
            )
        );
        let just_fits = format!("\"{}\"", "x".repeat(1024 * 1024 - 2));
        assert_eq!(just_fits.len(), 1024 * 1024);
        assert!(decode(&just_fits, &json!({ "type": "string" })).is_ok());
    }

    fn without(mut value: Value, key: &str) -> Value {
        if let Some(o) = value.as_object_mut() {
            o.remove(key);
        }
        value
    }

    /// Members of unknown shape (collapsed arrays' items) are camelCased on the way out and
    /// cannot be restored, so the samples here have none.
    #[test]
    fn encode_then_decode_gives_back_the_canonical_value() {
        let samples = [
            (conversation(), model("ConversationModel")),
            (directory_entry(), model("DirectoryEntryModel")),
            (
                without(agent_state(), "PresentInAgentGroups"),
                model("AgentState"),
            ),
            (queue_state(), model("QueueState")),
            (
                json!({ "State": "DoNotDisturb", "AvailableReason": "Login" }),
                model("EmployeeStateUpdateModel"),
            ),
            (
                json!([{ "ConversationAction": "Accept", "Id": "c1", "MediaServerType": "MCCSms" }]),
                array_of("ConversationUpdateModel"),
            ),
        ];
        for (canonical, schema) in samples {
            for form in [WireForm::Camel, WireForm::Pascal] {
                let wire = encode(&canonical, &schema, form);
                let text = serde_json::to_vec(&wire).unwrap_or_default();
                assert_eq!(
                    decode_request(&text, &schema),
                    Ok(canonical.clone()),
                    "{form:?}: {wire}"
                );
            }
        }
    }

    // ---------------------------------------------------------------------------------------
    // Assumed enums
    // ---------------------------------------------------------------------------------------

    fn document() -> Value {
        serde_json::from_str(micc_api::OPENAPI_JSON).unwrap_or(Value::Null)
    }

    #[test]
    fn assumed_enum_tables_are_well_formed_and_cover_the_names_seen() {
        for (key, entries) in ASSUMED_ENUMS.iter() {
            let mut names: Vec<String> = entries
                .iter()
                .map(|(n, _)| n.to_ascii_lowercase())
                .collect();
            let mut values: Vec<i64> = entries.iter().map(|(_, v)| *v).collect();
            names.sort();
            names.dedup();
            values.sort_unstable();
            values.dedup();
            assert_eq!(names.len(), entries.len(), "{key}: duplicate names");
            assert_eq!(values.len(), entries.len(), "{key}: duplicate values");
        }
        let table = |key: &str| -> Vec<&str> {
            ASSUMED_ENUMS
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, e)| e.iter().map(|(n, _)| *n).collect())
                .unwrap_or_default()
        };
        let doc = document();
        let schemas = &doc["components"]["schemas"];
        for (pointer, key) in [
            (
                "/ConversationModel/properties/ConversationState",
                "ConversationState",
            ),
            (
                "/OpenMediaConversationModel/properties/ConversationState",
                "ConversationState",
            ),
            ("/DirectoryEntryType", "DirectoryEntryType"),
            (
                "/OpenMediaUpdateRequestModel/properties/Action",
                "OpenMediaUpdateRequestModel.Action",
            ),
        ] {
            let seen = schemas
                .pointer(&format!("{pointer}/x-names-seen"))
                .and_then(Value::as_array);
            let seen: Vec<&str> = seen
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .collect();
            assert!(!seen.is_empty(), "{pointer} has x-names-seen");
            for name in seen {
                assert!(
                    table(key).contains(&name),
                    "{key} lacks {name}, seen on the wire"
                );
            }
        }
        // Where the document lists values without names, the table has exactly those values.
        for (pointer, key) in [
            ("/DirectoryEntryType", "DirectoryEntryType"),
            (
                "/OpenMediaUpdateRequestModel/properties/Action",
                "OpenMediaUpdateRequestModel.Action",
            ),
        ] {
            let listed: Vec<i64> = schemas
                .pointer(&format!("{pointer}/x-enum-values"))
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(Value::as_i64)
                .collect();
            let ours: Vec<i64> = ASSUMED_ENUMS
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, e)| e.iter().map(|(_, v)| *v).collect())
                .unwrap_or_default();
            assert_eq!(listed, ours, "{key}");
        }
    }

    #[test]
    fn every_unlisted_enum_property_gets_a_table() {
        let doc = document();
        let Some(schemas) = doc["components"]["schemas"].as_object() else {
            panic!("the document has components/schemas")
        };
        let camel = wire_schema(WireForm::Camel);
        let pascal = wire_schema(WireForm::Pascal);
        let mut checked = 0;
        for (name, schema) in schemas {
            let Some(props) = schema["properties"].as_object() else {
                continue;
            };
            for (prop, p) in props {
                let unlisted = p.get("x-enum-unlisted").is_some()
                    || p.get("x-enum-values").is_some()
                    || (name == "MediaPresence" && prop == "AcdState");
                if !unlisted {
                    continue;
                }
                checked += 1;
                for (form, root, key) in [
                    (WireForm::Camel, &camel, camel_case(prop)),
                    (WireForm::Pascal, &pascal, prop.clone()),
                ] {
                    let s = &root["$defs"][name]["properties"][&key];
                    let values = s["enum"].as_array().cloned().unwrap_or_default();
                    assert!(values.len() > 1, "{form:?} {name}.{prop}: no enum in {s}");
                    let want_string = form == WireForm::Camel;
                    for v in values.iter().filter(|v| !v.is_null()) {
                        assert_eq!(v.is_string(), want_string, "{form:?} {name}.{prop}: {v}");
                        assert_eq!(v.is_i64(), !want_string, "{form:?} {name}.{prop}: {v}");
                    }
                }
            }
        }
        assert!(
            checked >= 25,
            "only {checked} unlisted enum properties found"
        );
    }

    // ---------------------------------------------------------------------------------------
    // A small JSON Schema (2020-12) checker for the subset wire_schema emits
    // ---------------------------------------------------------------------------------------

    /// Validates `value` against `schema`; `$ref`s resolve against `root` (`#/$defs/X`).
    /// Returns every violation as "path: reason".
    fn check(root: &Value, schema: &Value, value: &Value) -> Vec<String> {
        let mut errors = Vec::new();
        check_at(root, schema, value, "$", &mut errors, 0);
        errors
    }

    fn type_matches(t: &str, v: &Value) -> bool {
        match t {
            "null" => v.is_null(),
            "boolean" => v.is_boolean(),
            "object" => v.is_object(),
            "array" => v.is_array(),
            "string" => v.is_string(),
            "number" => v.is_number(),
            "integer" => v.is_i64() || v.is_u64() || v.as_f64().is_some_and(|f| f.fract() == 0.0),
            _ => false,
        }
    }

    fn check_at(
        root: &Value,
        schema: &Value,
        value: &Value,
        path: &str,
        errors: &mut Vec<String>,
        depth: usize,
    ) {
        if depth > 200 {
            errors.push(format!("{path}: schema recursion too deep"));
            return;
        }
        let s = match schema {
            Value::Bool(true) => return,
            Value::Bool(false) => {
                errors.push(format!("{path}: false schema"));
                return;
            }
            Value::Object(s) => s,
            _ => {
                errors.push(format!("{path}: schema is not an object: {schema}"));
                return;
            }
        };
        if let Some(r) = s.get("$ref") {
            match r
                .as_str()
                .and_then(|r| r.strip_prefix("#"))
                .and_then(|p| root.pointer(p))
            {
                Some(target) => check_at(root, target, value, path, errors, depth + 1),
                None => errors.push(format!("{path}: dangling $ref {r}")),
            }
        }
        match s.get("type") {
            Some(Value::String(t)) if !type_matches(t, value) => {
                errors.push(format!("{path}: {value} is not of type {t}"))
            }
            Some(Value::Array(ts))
                if !ts
                    .iter()
                    .filter_map(Value::as_str)
                    .any(|t| type_matches(t, value)) =>
            {
                errors.push(format!(
                    "{path}: {value} is not of types {}",
                    Value::Array(ts.clone())
                ))
            }
            _ => {}
        }
        if let Some(Value::Array(allowed)) = s.get("enum")
            && !allowed.contains(value)
        {
            errors.push(format!(
                "{path}: {value} is not one of {}",
                Value::Array(allowed.clone())
            ));
        }
        if let Some(Value::Array(all)) = s.get("allOf") {
            for branch in all {
                check_at(root, branch, value, path, errors, depth + 1);
            }
        }
        if let Some(Value::Array(any)) = s.get("anyOf") {
            let mut branch_errors = Vec::new();
            let ok = any.iter().any(|branch| {
                let mut e = Vec::new();
                check_at(root, branch, value, path, &mut e, depth + 1);
                branch_errors.extend(e.iter().cloned());
                e.is_empty()
            });
            if !ok {
                errors.push(format!(
                    "{path}: no branch of anyOf matches ({})",
                    branch_errors.join("; ")
                ));
            }
        }
        if let Value::Object(map) = value {
            let props = s.get("properties").and_then(Value::as_object);
            if let Some(Value::Array(required)) = s.get("required") {
                for r in required.iter().filter_map(Value::as_str) {
                    if !map.contains_key(r) {
                        errors.push(format!("{path}: missing required property {r}"));
                    }
                }
            }
            for (k, v) in map {
                let child = format!("{path}.{k}");
                match props.and_then(|p| p.get(k)) {
                    Some(ps) => check_at(root, ps, v, &child, errors, depth + 1),
                    None => match s.get("additionalProperties") {
                        Some(Value::Bool(false)) => {
                            errors.push(format!("{path}: unexpected property {k}"))
                        }
                        Some(extra) => check_at(root, extra, v, &child, errors, depth + 1),
                        None => {}
                    },
                }
            }
        }
        if let (Value::Array(items), Some(item_schema)) = (value, s.get("items")) {
            for (i, v) in items.iter().enumerate() {
                check_at(
                    root,
                    item_schema,
                    v,
                    &format!("{path}[{i}]"),
                    errors,
                    depth + 1,
                );
            }
        }
    }

    #[test]
    fn the_schema_checker_can_fail() {
        let root = json!({ "$defs": {
            "P": { "type": "object", "properties": { "a": { "type": ["integer", "null"] } }, "additionalProperties": false, "required": ["a"] },
            "E": { "type": "string", "enum": ["X", "Y"] }
        } });
        let p = json!({ "$ref": "#/$defs/P" });
        assert!(check(&root, &p, &json!({ "a": 1 })).is_empty());
        assert!(check(&root, &p, &json!({ "a": null })).is_empty());
        assert!(
            !check(&root, &p, &json!({ "a": "1" })).is_empty(),
            "wrong type"
        );
        assert!(
            !check(&root, &p, &json!({ "a": 1, "b": 2 })).is_empty(),
            "additional property"
        );
        assert!(!check(&root, &p, &json!({})).is_empty(), "required");
        assert!(!check(&root, &p, &json!([])).is_empty(), "not an object");
        assert!(
            !check(&root, &json!({ "$ref": "#/$defs/Nope" }), &json!(1)).is_empty(),
            "dangling ref"
        );
        let e = json!({ "$ref": "#/$defs/E" });
        assert!(check(&root, &e, &json!("X")).is_empty());
        assert!(!check(&root, &e, &json!("Z")).is_empty(), "enum");
        let any = json!({ "anyOf": [ { "$ref": "#/$defs/E" }, { "type": "null" } ] });
        assert!(check(&root, &any, &Value::Null).is_empty());
        assert!(!check(&root, &any, &json!(3)).is_empty(), "anyOf");
        let items = json!({ "type": "array", "items": { "type": "integer" } });
        assert!(!check(&root, &items, &json!([1, "2"])).is_empty(), "items");
        let all = json!({ "allOf": [ { "type": "object" }, { "required": ["k"] } ] });
        assert!(!check(&root, &all, &json!({})).is_empty(), "allOf");
    }

    // ---------------------------------------------------------------------------------------
    // wire_schema and response_schema_for
    // ---------------------------------------------------------------------------------------

    fn other(form: WireForm) -> WireForm {
        match form {
            WireForm::Camel => WireForm::Pascal,
            WireForm::Pascal => WireForm::Camel,
        }
    }

    fn def_ref(name: &str) -> Value {
        json!({ "$ref": format!("#/$defs/{name}") })
    }

    #[test]
    fn encoded_values_validate_in_their_form_only() {
        let samples = [
            ("QueueState", queue_state()),
            ("EmployeeState", employee_state()),
            ("AgentState", agent_state()),
            ("ConversationModel", conversation()),
            ("DirectoryEntryModel", directory_entry()),
        ];
        for form in [WireForm::Camel, WireForm::Pascal] {
            let root = wire_schema(form);
            let wrong_root = wire_schema(other(form));
            for (name, canonical) in &samples {
                let wire = encode(canonical, &model(name), form);
                let errors = check(&root, &def_ref(name), &wire);
                assert!(errors.is_empty(), "{form:?} {name}: {errors:#?}");
                let errors = check(&wrong_root, &def_ref(name), &wire);
                assert!(
                    !errors.is_empty(),
                    "{form:?} {name} validated in the other form"
                );
            }
        }
    }

    #[test]
    fn enum_names_and_integers_belong_to_their_own_form() {
        let camel = wire_schema(WireForm::Camel);
        let pascal = wire_schema(WireForm::Pascal);
        // Only the enum differs here: MediaPresence is the same key in both forms once
        // camelCased by hand, so the failure must come from the enum.
        let camel_presence = encode(
            &json!({ "AcdState": "Busy" }),
            &model("MediaPresence"),
            WireForm::Camel,
        );
        assert_eq!(camel_presence, json!({ "acdState": "Busy" }));
        assert!(check(&camel, &def_ref("MediaPresence"), &camel_presence).is_empty());
        assert!(!check(&camel, &def_ref("MediaPresence"), &json!({ "acdState": 2 })).is_empty());
        assert!(
            check(
                &pascal,
                &def_ref("MediaPresence"),
                &json!({ "AcdState": 2 })
            )
            .is_empty()
        );
        assert!(
            !check(
                &pascal,
                &def_ref("MediaPresence"),
                &json!({ "AcdState": "Busy" })
            )
            .is_empty()
        );
        for (name, camel_value, pascal_value) in [
            ("PresenceAvailability", json!("DoNotDisturb"), json!(3)),
            ("ConversationActionType", json!("Pick"), json!(9)),
            ("NodeTypes", json!("SIP"), json!(23)),
            ("DirectoryEntryType", json!("ADUser"), json!(5)),
        ] {
            assert!(
                check(&camel, &def_ref(name), &camel_value).is_empty(),
                "{name}"
            );
            assert!(
                !check(&camel, &def_ref(name), &pascal_value).is_empty(),
                "{name}"
            );
            assert!(
                check(&pascal, &def_ref(name), &pascal_value).is_empty(),
                "{name}"
            );
            assert!(
                !check(&pascal, &def_ref(name), &camel_value).is_empty(),
                "{name}"
            );
        }
        // An assumed enum: a name the table does not know fails.
        let bad = encode(
            &json!({ "Id": "a", "CurrentState": "Sleeping" }),
            &model("AgentState"),
            WireForm::Camel,
        );
        assert!(!check(&camel, &def_ref("AgentState"), &bad).is_empty());
    }

    #[test]
    fn a_misspelled_key_fails_but_open_models_accept_anything() {
        for form in [WireForm::Camel, WireForm::Pascal] {
            let root = wire_schema(form);
            let mut wire = encode(&queue_state(), &model("QueueState"), form);
            if let Some(o) = wire.as_object_mut() {
                o.insert("WaitingConversation".into(), json!(1));
                o.insert("waitingConversation".into(), json!(1));
            }
            let errors = check(&root, &def_ref("QueueState"), &wire);
            assert!(
                errors.iter().any(|e| e.contains("unexpected property")),
                "{form:?}: {errors:?}"
            );
            // HalResource and collapsed models (KeyValuePairOfStringAndString) stay open.
            assert!(
                check(
                    &root,
                    &def_ref("HalResource"),
                    &json!({ "whatever": [1], "_links": {} })
                )
                .is_empty()
            );
            assert!(
                check(
                    &root,
                    &def_ref("KeyValuePairOfStringAndString"),
                    &json!({ "key": "k" })
                )
                .is_empty()
            );
            // Nulls are allowed for every property.
            let nulls = encode(
                &json!({ "Id": null, "MediaType": null, "WaitingConversations": null }),
                &model("QueueState"),
                form,
            );
            assert!(
                check(&root, &def_ref("QueueState"), &nulls).is_empty(),
                "{form:?}"
            );
        }
    }

    #[test]
    fn collection_responses_validate_against_response_schema_for() {
        for form in [WireForm::Camel, WireForm::Pascal] {
            let root = wire_schema(form);
            let Some(schema) = response_schema_for("Agent_GetAgentStates") else {
                panic!("Agent_GetAgentStates has a response schema")
            };
            let wire = encode(
                &agent_states_collection(),
                &collection_of("AgentState"),
                form,
            );
            let errors = check(&root, &schema, &wire);
            assert!(errors.is_empty(), "{form:?}: {errors:#?}");
            assert!(!check(&wire_schema(other(form)), &schema, &wire).is_empty());
            let mut broken = wire.clone();
            broken["_embedded"]["item"] = json!([]);
            assert!(
                !check(&root, &schema, &broken).is_empty(),
                "a misspelled _embedded member fails"
            );
        }
        assert_eq!(
            response_schema_for("Queue_GetQueueState"),
            Some(def_ref("QueueState"))
        );
        assert_eq!(response_schema_for("No_SuchOperation"), None);
        assert_eq!(
            response_schema_for("History_GetHistoryCount"),
            Some(json!({ "type": "integer" }))
        );
    }

    /// Every `$ref` value under `v`.
    fn refs(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::Object(m) => {
                for (k, x) in m {
                    match (k.as_str(), x) {
                        ("$ref", Value::String(r)) => out.push(r.clone()),
                        _ => refs(x, out),
                    }
                }
            }
            Value::Array(a) => a.iter().for_each(|x| refs(x, out)),
            _ => {}
        }
    }

    #[test]
    fn every_operation_has_a_response_schema_whose_refs_resolve() {
        let ops = micc_api::operations().unwrap_or_default();
        assert_eq!(ops.len(), 139);
        for form in [WireForm::Camel, WireForm::Pascal] {
            let root = wire_schema(form);
            let mut all = Vec::new();
            refs(&root, &mut all);
            for op in &ops {
                let Some(schema) = response_schema_for(&op.operation_id) else {
                    panic!("{} has no response schema", op.operation_id)
                };
                refs(&schema, &mut all);
                // Inline schemas are the same in both forms only if they have no properties
                // or enums to translate.
                if matches!(op.response, micc_api::Payload::Inline(_)) {
                    let text = schema.to_string();
                    assert!(
                        !text.contains("\"properties\"") && !text.contains("\"enum\""),
                        "{}: {text}",
                        op.operation_id
                    );
                }
            }
            assert!(all.len() > 100, "{form:?}: only {} refs", all.len());
            for r in &all {
                let target = r.strip_prefix('#').and_then(|p| root.pointer(p));
                assert!(target.is_some(), "{form:?}: dangling {r}");
                assert!(
                    r.starts_with("#/$defs/"),
                    "{form:?}: {r} does not point into $defs"
                );
            }
        }
    }

    #[test]
    fn wire_schema_is_plain_json_schema() {
        fn keys(v: &Value, out: &mut Vec<String>) {
            match v {
                Value::Object(m) => {
                    for (k, x) in m {
                        out.push(k.clone());
                        // Property maps and $defs hold names, not keywords.
                        if k == "properties" || k == "$defs" {
                            if let Value::Object(inner) = x {
                                inner.values().for_each(|y| keys(y, out));
                            }
                        } else {
                            keys(x, out);
                        }
                    }
                }
                Value::Array(a) => a.iter().for_each(|x| keys(x, out)),
                _ => {}
            }
        }
        let doc = document();
        let names = doc["components"]["schemas"]
            .as_object()
            .map(|m| m.len())
            .unwrap_or(0);
        for form in [WireForm::Camel, WireForm::Pascal] {
            let root = wire_schema(form);
            assert_eq!(
                root["$schema"],
                "https://json-schema.org/draft/2020-12/schema"
            );
            assert_eq!(root["$defs"].as_object().map(|m| m.len()), Some(names));
            let mut all = Vec::new();
            keys(&root, &mut all);
            let allowed = [
                "$schema",
                "$defs",
                "$ref",
                "title",
                "description",
                "type",
                "enum",
                "properties",
                "additionalProperties",
                "items",
                "anyOf",
                "allOf",
                "format",
            ];
            for k in &all {
                assert!(
                    allowed.contains(&k.as_str()),
                    "{form:?}: unexpected keyword {k}"
                );
            }
            // Strict where the document knows the properties, open where it does not.
            let defs = &root["$defs"];
            assert_eq!(defs["QueueState"]["additionalProperties"], json!(false));
            assert_eq!(
                defs["EmployeeStateUpdateModel"]["additionalProperties"],
                json!(false)
            );
            assert!(defs["HalResource"].get("additionalProperties").is_none());
            assert!(defs["Presentity"].get("additionalProperties").is_none());
            assert!(
                defs["EmployeeStateUpdateModel"]["properties"]
                    .get("_links")
                    .is_some()
            );
            let embedded = &defs["HalCollection"]["properties"]["_embedded"];
            assert_eq!(embedded["additionalProperties"], json!(false));
            assert!(embedded["properties"].get("_links").is_none(), "{embedded}");
        }
        let camel = wire_schema(WireForm::Camel);
        let pascal = wire_schema(WireForm::Pascal);
        assert!(
            camel["$defs"]["QueueState"]["properties"]
                .get("waitingConversations")
                .is_some()
        );
        assert!(
            pascal["$defs"]["QueueState"]["properties"]
                .get("WaitingConversations")
                .is_some()
        );
        assert_eq!(camel["$defs"]["PresenceAvailability"]["type"], "string");
        assert_eq!(
            pascal["$defs"]["PresenceAvailability"]["enum"],
            json!([0, 1, 2, 3, 4, 5])
        );
        // Dictionaries stay dictionaries.
        assert_eq!(
            camel["$defs"]["ConversationModel"]["properties"]["variables"]["type"],
            json!(["object", "null"])
        );
    }
}
