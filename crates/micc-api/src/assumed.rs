//! Value tables of the enum properties whose values the reference does not list: one copy,
//! used by the simulator (its wire forms), the model generator and the client.
//!
//! The reference documents these properties as integers but lists no values (the document
//! marks them `x-enum-unlisted`, or `x-enum-names-unknown` where it lists values without
//! names). The tables are **assumptions**: the simulator encodes its answers with them and
//! the generated client decodes with them, because the simulator is the project's stand-in
//! for real servers. Real servers send names, so a wrong integer only matters for the
//! reference (integer) form; the generated client keeps any value it does not know.

/// One assumed table and the property keys it applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AssumedEnum {
    /// Name of the generated Rust enum and TypeScript type.
    pub rust_name: &'static str,
    /// Keys as the simulator writes them: `"Schema.Property"` (tried first), a bare
    /// property name (tried second) or a schema name (tried last); matched ignoring case.
    pub keys: &'static [&'static str],
    /// Names and integers, in value order.
    pub entries: &'static [(&'static str, i64)],
    /// Why these names (shown in the generated documentation).
    pub note: &'static str,
}

/// The assumed tables (see the module documentation).
pub const ASSUMED_ENUMS: &[AssumedEnum] = &[
    AssumedEnum {
        rust_name: "ConversationState",
        keys: &["ConversationState"],
        entries: &[
            ("Unknown", 0),
            ("InQueue", 1),
            ("Offered", 2),
            ("ACD", 3),
            ("Failed", 4),
            ("Handled", 5),
            ("Ended", 6),
            ("Abandoned", 7),
        ],
        note: "InQueue, ACD, Failed and Handled are named by the reference, Ended and Abandoned \
               are seen on the wire; the integers are the simulator's assumption.",
    },
    AssumedEnum {
        rust_name: "MediaType",
        keys: &["MediaType", "LastMediaType"],
        entries: &[
            ("Unknown", 0),
            ("Voice", 1),
            ("Email", 2),
            ("Chat", 3),
            ("Sms", 4),
            ("OpenMedia", 5),
        ],
        note: "The five media of the API; names and integers are the simulator's assumption.",
    },
    AssumedEnum {
        rust_name: "ConversationType",
        keys: &["ConversationModel.Type"],
        entries: &[
            ("Chat", 0),
            ("Email", 1),
            ("Sms", 2),
            ("OpenMedia", 3),
            ("Voice", 4),
        ],
        note: "Assumed to be the media part of `ConversationRequestType` (same names and \
               integers), as the simulator does.",
    },
    AssumedEnum {
        rust_name: "DirectoryEntryType",
        keys: &["DirectoryEntryModel.Type", "DirectoryEntryType"],
        entries: &[
            ("Unknown", 0),
            ("Employee", 1),
            ("Queue", 2),
            ("DatabaseContact", 3),
            ("ElasticContact", 4),
            ("ADUser", 5),
            ("ADContact", 6),
            ("ADGroup", 7),
            ("Extension", 8),
            ("ExternalContact", 9),
        ],
        note: "The reference lists the values 0-9 without names; Employee, Queue, \
               ElasticContact, ADUser, ADGroup and ADContact are names seen, their order and \
               the other names are the simulator's assumption.",
    },
    AssumedEnum {
        rust_name: "VariableType",
        keys: &["VariableModel.Type"],
        entries: &[
            ("String", 0),
            ("Integer", 1),
            ("Boolean", 2),
            ("DateTime", 3),
        ],
        note: "Names and integers are the simulator's assumption.",
    },
    AssumedEnum {
        rust_name: "AgentCurrentState",
        keys: &["CurrentState"],
        entries: &[
            ("Unknown", 0),
            ("LoggedOut", 1),
            ("Idle", 2),
            ("Ringing", 3),
            ("ACD", 4),
            ("NonACD", 5),
            ("Outbound", 6),
            ("WorkTimer", 7),
            ("MakeBusy", 8),
            ("DoNotDisturb", 9),
            ("Away", 10),
        ],
        note: "Names and integers are the simulator's assumption.",
    },
    AssumedEnum {
        rust_name: "AgentAvailableState",
        keys: &["AvailableState"],
        entries: &[
            ("Unknown", 0),
            ("Available", 1),
            ("Busy", 2),
            ("Unavailable", 3),
            ("LoggedOut", 4),
        ],
        note: "The reference's AgentState sample shows `AvailableState: 1` (Available); the \
               other names and integers are the simulator's assumption.",
    },
    AssumedEnum {
        rust_name: "Direction",
        keys: &["Direction"],
        entries: &[("Unknown", 0), ("Inbound", 1), ("Outbound", 2)],
        note: "Names and integers are the simulator's assumption.",
    },
    AssumedEnum {
        rust_name: "SupervisorLicenseType",
        keys: &["SupervisorLicenseType"],
        entries: &[("None", 0), ("Basic", 1), ("Full", 2)],
        note: "Names and integers are the simulator's assumption.",
    },
    AssumedEnum {
        rust_name: "CaseState",
        keys: &["CaseModel.State"],
        entries: &[("Open", 0), ("Closed", 1), ("Reopened", 2)],
        note: "Names and integers are the simulator's assumption.",
    },
    AssumedEnum {
        rust_name: "CategoryType",
        keys: &["CategoryType"],
        entries: &[("System", 0), ("Custom", 1)],
        note: "Names and integers are the simulator's assumption.",
    },
    AssumedEnum {
        rust_name: "ServerType",
        keys: &["ServerType"],
        entries: &[("Unknown", 0), ("Enterprise", 1), ("Remote", 2)],
        note: "Names and integers are the simulator's assumption.",
    },
    AssumedEnum {
        rust_name: "MediaFolder",
        keys: &["MediaFolder"],
        entries: &[("Inbox", 0), ("Drafts", 1), ("Failed", 2)],
        note: "Names and integers are the simulator's assumption.",
    },
    AssumedEnum {
        rust_name: "FailedRouteReason",
        keys: &["FailedRouteReason"],
        entries: &[("None", 0), ("NoAgents", 1), ("Timeout", 2)],
        note: "Names and integers are the simulator's assumption.",
    },
    AssumedEnum {
        rust_name: "OpenMediaAction",
        keys: &["OpenMediaUpdateRequestModel.Action"],
        entries: &[("Complete", 0), ("Reroute", 1)],
        note: "The reference lists the values 0 and 1 and names only Complete; Reroute (and \
               the integers) are the simulator's assumption.",
    },
];

/// Properties whose values are those of an enum the document does list (keys as in
/// [`ASSUMED_ENUMS`]): media server types are `NodeTypes`, the last agent action is a
/// `ConversationActionType`, a medium's ACD state carries `PresenceAvailability` names.
pub const DOCUMENT_ENUM_ALIASES: &[(&str, &str)] = &[
    ("MediaServerType", "NodeTypes"),
    ("VoiceMediaServerType", "NodeTypes"),
    ("LastAgentAction", "ConversationActionType"),
    ("MediaPresence.AcdState", "PresenceAvailability"),
];
