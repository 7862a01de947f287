//! Every operation of the API description, as data: the client builds requests from these
//! rows. `tests/operations.rs` checks the table against the description (micc-api), so an
//! operation missing here, or a changed path, fails the build's tests.

use crate::http::Method;

/// The type of a query parameter, for checking values before a request is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamType {
    String,
    Integer,
    Boolean,
}

/// One query parameter an operation declares (besides the OData options).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QueryParam {
    pub name: &'static str,
    pub ty: ParamType,
    pub required: bool,
}

/// One REST operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Op {
    /// The operationId of the API description, e.g. `Queue_GetQueueState`.
    pub id: &'static str,
    pub method: Method,
    /// Path template under `/miccsdk/api/v1`, e.g. `/queues/{id}/state`.
    pub path: &'static str,
    /// Takes the OData system query options (`$filter`, `$top`, ...).
    pub odata: bool,
    /// Answers a HAL collection.
    pub collection: bool,
    pub query: &'static [QueryParam],
    /// Takes a JSON request body.
    pub body: bool,
    /// Safe to send again after a failure that may have reached the server (the
    /// description's `x-idempotent`): only these are retried after timeouts, network
    /// errors and 502/503/504 without being asked.
    pub idempotent: bool,
}

macro_rules! q {
    ($name:literal, $ty:ident, $req:literal) => {
        QueryParam {
            name: $name,
            ty: ParamType::$ty,
            required: $req,
        }
    };
}

pub const CASES_GET_CASES: Op = Op {
    id: "Cases_GetCases",
    method: Method::Get,
    path: "/cases",
    odata: true,
    collection: true,
    query: &[
        q!("offset", Integer, false),
        q!("global", Boolean, false),
        q!("siteId", String, false),
    ],
    body: false,
    idempotent: true,
};

pub const CASES_GET_CASE: Op = Op {
    id: "Cases_GetCase",
    method: Method::Get,
    path: "/cases/{id}/{monthYearCreated}",
    odata: false,
    collection: false,
    query: &[],
    body: false,
    idempotent: true,
};

pub const CHAT_GET_REPLY_TEMPLATE_FOLDERS: Op = Op {
    id: "Chat_GetReplyTemplateFolders",
    method: Method::Get,
    path: "/chat/replytemplates/folders",
    odata: false,
    collection: false,
    query: &[],
    body: false,
    idempotent: true,
};

pub const CHAT_GET_REPLY_TEMPLATES: Op = Op {
    id: "Chat_GetReplyTemplates",
    method: Method::Get,
    path: "/chat/replytemplates",
    odata: false,
    collection: false,
    query: &[],
    body: false,
    idempotent: true,
};

pub const CHAT_GET_REPLY_TEMPLATES_BASE_DIRECTORY: Op = Op {
    id: "Chat_GetReplyTemplatesBaseDirectory",
    method: Method::Get,
    path: "/chat/replytemplates/basedirectory",
    odata: false,
    collection: false,
    query: &[],
    body: false,
    idempotent: true,
};

pub const CHAT_GET_REPLY_TEMPLATE: Op = Op {
    id: "Chat_GetReplyTemplate",
    method: Method::Get,
    path: "/chat/replytemplates/template",
    odata: false,
    collection: false,
    query: &[q!("filePath", String, true)],
    body: false,
    idempotent: true,
};

pub const CHAT_CHECK_REPLY_TEMPLATE_FILE_ACCESS: Op = Op {
    id: "Chat_CheckReplyTemplateFileAccess",
    method: Method::Get,
    path: "/chat/replytemplates/fileaccess",
    odata: false,
    collection: false,
    query: &[q!("filePath", String, true)],
    body: false,
    idempotent: true,
};

pub const CHAT_CHECK_REPLY_TEMPLATE_DIRECTORY_ACCESS: Op = Op {
    id: "Chat_CheckReplyTemplateDirectoryAccess",
    method: Method::Get,
    path: "/chat/replytemplates/directoryaccess",
    odata: false,
    collection: false,
    query: &[q!("filePath", String, true)],
    body: false,
    idempotent: true,
};

pub const CHAT_GET_REPLY_TEMPLATE_FILE_NAMES: Op = Op {
    id: "Chat_GetReplyTemplateFileNames",
    method: Method::Get,
    path: "/chat/replytemplates/filenames",
    odata: false,
    collection: false,
    query: &[],
    body: false,
    idempotent: true,
};

pub const CHAT_GET_REPLY_TEMPLATE_CONTENT: Op = Op {
    id: "Chat_GetReplyTemplateContent",
    method: Method::Get,
    path: "/chat/replytemplates/content",
    odata: false,
    collection: false,
    query: &[q!("fileName", String, true)],
    body: false,
    idempotent: true,
};

pub const CHAT_PEEK_CLOUDLINK_TRANSCRIPT: Op = Op {
    id: "Chat_PeekCloudlinkTranscript",
    method: Method::Get,
    path: "/chat/cloudlink/{interactionId}/transcript/ready",
    odata: false,
    collection: false,
    query: &[],
    body: false,
    idempotent: true,
};

pub const CHAT_GET_CLOUDLINK_CHAT_TAG: Op = Op {
    id: "Chat_GetCloudlinkChatTag",
    method: Method::Get,
    path: "/chat/cloudlink/{interactionId}/tags/{tagId}",
    odata: false,
    collection: false,
    query: &[],
    body: false,
    idempotent: true,
};

pub const CHAT_GET_CLOUDLINK_TRANSCRIPT: Op = Op {
    id: "Chat_GetCloudlinkTranscript",
    method: Method::Get,
    path: "/chat/cloudlink/{interactionId}/employees/{employeeId}/transcript",
    odata: false,
    collection: false,
    query: &[],
    body: false,
    idempotent: true,
};

pub const DNIS_GET_DNIS_NUMBERS: Op = Op {
    id: "Dnis_GetDnisNumbers",
    method: Method::Get,
    path: "/dnis",
    odata: true,
    collection: true,
    query: &[],
    body: false,
    idempotent: true,
};

pub const DNIS_GET_DNIS_NUMBER: Op = Op {
    id: "Dnis_GetDnisNumber",
    method: Method::Get,
    path: "/dnis/{id}",
    odata: false,
    collection: false,
    query: &[],
    body: false,
    idempotent: true,
};

pub const EMAIL_GET_REUSABLE_EMAIL: Op = Op {
    id: "Email_GetReusableEmail",
    method: Method::Get,
    path: "/email/reusable",
    odata: false,
    collection: true,
    query: &[q!("to", String, true)],
    body: false,
    idempotent: true,
};

pub const EMAIL_GET_EMAIL: Op = Op {
    id: "Email_GetEmail",
    method: Method::Get,
    path: "/email/{conversationId}/{getEmailType}/{monthYearCreated}",
    odata: false,
    collection: true,
    query: &[],
    body: false,
    idempotent: true,
};

pub const EMAIL_GET_EMAIL_IMAGE: Op = Op {
    id: "Email_GetEmailImage",
    method: Method::Get,
    path: "/email/{conversationId}/images/{resourceId}",
    odata: false,
    collection: false,
    query: &[],
    body: false,
    idempotent: true,
};

pub const EMAIL_GET_EMAIL_ATTACHMENT: Op = Op {
    id: "Email_GetEmailAttachment",
    method: Method::Get,
    path: "/email/{conversationId}/attachments",
    odata: false,
    collection: false,
    query: &[q!("fileName", String, true)],
    body: false,
    idempotent: true,
};

pub const EMAIL_GET_FROM_QUEUES: Op = Op {
    id: "Email_GetFromQueues",
    method: Method::Get,
    path: "/email/{conversationId}/fromqueues",
    odata: false,
    collection: true,
    query: &[],
    body: false,
    idempotent: true,
};

pub const EMAIL_GET_REPLY_TEMPLATE_FOLDERS: Op = Op {
    id: "Email_GetReplyTemplateFolders",
    method: Method::Get,
    path: "/email/replytemplates/folders",
    odata: false,
    collection: false,
    query: &[],
    body: false,
    idempotent: true,
};

pub const EMAIL_GET_REPLY_TEMPLATES: Op = Op {
    id: "Email_GetReplyTemplates",
    method: Method::Get,
    path: "/email/replytemplates",
    odata: false,
    collection: false,
    query: &[],
    body: false,
    idempotent: true,
};

pub const EMAIL_GET_REPLY_TEMPLATES_BASE_DIRECTORY: Op = Op {
    id: "Email_GetReplyTemplatesBaseDirectory",
    method: Method::Get,
    path: "/email/replytemplates/basedirectory",
    odata: false,
    collection: false,
    query: &[],
    body: false,
    idempotent: true,
};

pub const EMAIL_GET_REPLY_TEMPLATE: Op = Op {
    id: "Email_GetReplyTemplate",
    method: Method::Get,
    path: "/email/replytemplates/template",
    odata: false,
    collection: false,
    query: &[q!("filePath", String, true)],
    body: false,
    idempotent: true,
};

pub const EMAIL_CHECK_REPLY_TEMPLATE_FILE_ACCESS: Op = Op {
    id: "Email_CheckReplyTemplateFileAccess",
    method: Method::Get,
    path: "/email/replytemplates/fileaccess",
    odata: false,
    collection: false,
    query: &[q!("filePath", String, true)],
    body: false,
    idempotent: true,
};

pub const EMAIL_CHECK_REPLY_TEMPLATE_DIRECTORY_ACCESS: Op = Op {
    id: "Email_CheckReplyTemplateDirectoryAccess",
    method: Method::Get,
    path: "/email/replytemplates/directoryaccess",
    odata: false,
    collection: false,
    query: &[q!("filePath", String, true)],
    body: false,
    idempotent: true,
};

pub const EMAIL_GET_REPLY_TEMPLATE_FILE_NAMES: Op = Op {
    id: "Email_GetReplyTemplateFileNames",
    method: Method::Get,
    path: "/email/replytemplates/filenames",
    odata: false,
    collection: false,
    query: &[],
    body: false,
    idempotent: true,
};

pub const EMAIL_GET_REPLY_TEMPLATE_CONTENT: Op = Op {
    id: "Email_GetReplyTemplateContent",
    method: Method::Get,
    path: "/email/replytemplates/content",
    odata: false,
    collection: false,
    query: &[q!("fileName", String, true)],
    body: false,
    idempotent: true,
};

pub const GLOBAL_REPLY_TEMPLATE_GET_GLOBAL_REPLY_TEMPLATES: Op = Op {
    id: "GlobalReplyTemplate_GetGlobalReplyTemplates",
    method: Method::Get,
    path: "/globalreplytemplates",
    odata: true,
    collection: true,
    query: &[
        q!("offset", Integer, false),
        q!("siteId", String, false),
        q!("search", String, false),
        q!("skip", Integer, false),
        q!("top", Integer, false),
        q!("media", String, false),
    ],
    body: false,
    idempotent: true,
};

pub const GLOBAL_REPLY_TEMPLATE_CREATE_GLOBAL_REPLY_TEMPLATE: Op = Op {
    id: "GlobalReplyTemplate_CreateGlobalReplyTemplate",
    method: Method::Post,
    path: "/globalreplytemplates",
    odata: false,
    collection: false,
    query: &[],
    body: true,
    idempotent: false,
};

pub const GLOBAL_REPLY_TEMPLATE_GET_GLOBAL_REPLY_TEMPLATE: Op = Op {
    id: "GlobalReplyTemplate_GetGlobalReplyTemplate",
    method: Method::Get,
    path: "/globalreplytemplates/{id}",
    odata: false,
    collection: false,
    query: &[],
    body: false,
    idempotent: true,
};

pub const GLOBAL_REPLY_TEMPLATE_UPDATE_GLOBAL_REPLY_TEMPLATE: Op = Op {
    id: "GlobalReplyTemplate_UpdateGlobalReplyTemplate",
    method: Method::Put,
    path: "/globalreplytemplates/{id}",
    odata: false,
    collection: false,
    query: &[],
    body: true,
    idempotent: true,
};

pub const GLOBAL_REPLY_TEMPLATE_DELETE_GLOBAL_REPLY_TEMPLATE: Op = Op {
    id: "GlobalReplyTemplate_DeleteGlobalReplyTemplate",
    method: Method::Delete,
    path: "/globalreplytemplates/{id}",
    odata: false,
    collection: false,
    query: &[],
    body: false,
    idempotent: false,
};

pub const GLOBAL_REPLY_TEMPLATE_GET_GLOBAL_REPLY_TEMPLATE_TAGS: Op = Op {
    id: "GlobalReplyTemplate_GetGlobalReplyTemplateTags",
    method: Method::Get,
    path: "/globalreplytemplates/tags",
    odata: false,
    collection: true,
    query: &[],
    body: false,
    idempotent: true,
};

pub const WARNING_REASON_GET_WARNING_REASONS: Op = Op {
    id: "WarningReason_GetWarningReasons",
    method: Method::Get,
    path: "/warningreasons",
    odata: true,
    collection: true,
    query: &[],
    body: false,
    idempotent: true,
};

pub const WARNING_REASON_GET_WARNING_REASON: Op = Op {
    id: "WarningReason_GetWarningReason",
    method: Method::Get,
    path: "/warningreasons/{id}",
    odata: false,
    collection: false,
    query: &[],
    body: false,
    idempotent: true,
};

pub const WEB_HOOK_REGISTER_WEBHOOK: Op = Op {
    id: "WebHook_RegisterWebhook",
    method: Method::Post,
    path: "/webhooks",
    odata: false,
    collection: false,
    query: &[],
    body: true,
    idempotent: false,
};

pub const WEB_HOOK_GET_WEBHOOKS: Op = Op {
    id: "WebHook_GetWebhooks",
    method: Method::Get,
    path: "/webhooks",
    odata: false,
    collection: false,
    query: &[],
    body: false,
    idempotent: true,
};

pub const WEB_HOOK_GET_OSCMS_EXTENSIONS: Op = Op {
    id: "WebHook_GetOscmsExtensions",
    method: Method::Get,
    path: "/webhooks/extensions",
    odata: false,
    collection: false,
    query: &[],
    body: false,
    idempotent: true,
};

pub const WEB_HOOK_GET_CALL_RECORDINGS: Op = Op {
    id: "WebHook_GetCallRecordings",
    method: Method::Get,
    path: "/webhooks/cases/{caseId}/calls/{callId}/recordings",
    odata: false,
    collection: true,
    query: &[],
    body: false,
    idempotent: true,
};

pub const WEB_HOOK_DOWNLOAD_RECORDING: Op = Op {
    id: "WebHook_DownloadRecording",
    method: Method::Get,
    path: "/webhooks/recordings/{recordingId}/download",
    odata: false,
    collection: false,
    query: &[],
    body: false,
    idempotent: true,
};

pub const WEB_HOOK_PLAY_RECORDING: Op = Op {
    id: "WebHook_PlayRecording",
    method: Method::Get,
    path: "/webhooks/recordings/{recordingId}/play",
    odata: false,
    collection: false,
    query: &[],
    body: false,
    idempotent: true,
};

pub const EXTENSION_GET_EXTENSIONS: Op = Op {
    id: "Extension_GetExtensions",
    method: Method::Get,
    path: "/extensions",
    odata: true,
    collection: true,
    query: &[],
    body: false,
    idempotent: true,
};

pub const EXTENSION_GET_EXTENSION: Op = Op {
    id: "Extension_GetExtension",
    method: Method::Get,
    path: "/extensions/{id}",
    odata: false,
    collection: false,
    query: &[],
    body: false,
    idempotent: true,
};

pub const SMS_GET_FROM_QUEUES: Op = Op {
    id: "Sms_GetFromQueues",
    method: Method::Get,
    path: "/sms/fromqueues",
    odata: false,
    collection: true,
    query: &[],
    body: false,
    idempotent: true,
};

pub const SMS_GET_REPLY_TEMPLATE_FOLDERS: Op = Op {
    id: "Sms_GetReplyTemplateFolders",
    method: Method::Get,
    path: "/sms/replytemplates/folders",
    odata: false,
    collection: false,
    query: &[],
    body: false,
    idempotent: true,
};

pub const SMS_GET_REPLY_TEMPLATES: Op = Op {
    id: "Sms_GetReplyTemplates",
    method: Method::Get,
    path: "/sms/replytemplates",
    odata: false,
    collection: false,
    query: &[],
    body: false,
    idempotent: true,
};

pub const SMS_GET_REPLY_TEMPLATES_BASE_DIRECTORY: Op = Op {
    id: "Sms_GetReplyTemplatesBaseDirectory",
    method: Method::Get,
    path: "/sms/replytemplates/basedirectory",
    odata: false,
    collection: false,
    query: &[],
    body: false,
    idempotent: true,
};

pub const SMS_GET_REPLY_TEMPLATE: Op = Op {
    id: "Sms_GetReplyTemplate",
    method: Method::Get,
    path: "/sms/replytemplates/template",
    odata: false,
    collection: false,
    query: &[q!("filePath", String, true)],
    body: false,
    idempotent: true,
};

pub const SMS_GET_REPLY_TEMPLATE_FILE_NAMES: Op = Op {
    id: "Sms_GetReplyTemplateFileNames",
    method: Method::Get,
    path: "/sms/replytemplates/filenames",
    odata: false,
    collection: false,
    query: &[],
    body: false,
    idempotent: true,
};

pub const SMS_GET_REPLY_TEMPLATE_CONTENT: Op = Op {
    id: "Sms_GetReplyTemplateContent",
    method: Method::Get,
    path: "/sms/replytemplates/content",
    odata: false,
    collection: false,
    query: &[q!("fileName", String, true)],
    body: false,
    idempotent: true,
};

pub const DIAGNOSTICS_GET_EMPLOYEE_STATE_MONITOR_COUNT: Op = Op {
    id: "Diagnostics_GetEmployeeStateMonitorCount",
    method: Method::Get,
    path: "/diagnostics/employees/{id}/statemonitor",
    odata: false,
    collection: false,
    query: &[],
    body: false,
    idempotent: true,
};

pub const DIAGNOSTICS_ADD_EMPLOYEE_STATE_MONITOR: Op = Op {
    id: "Diagnostics_AddEmployeeStateMonitor",
    method: Method::Post,
    path: "/diagnostics/employees/{id}/statemonitor/{skipIfContained}",
    odata: false,
    collection: false,
    query: &[],
    body: false,
    idempotent: false,
};

pub const DIAGNOSTICS_REMOVE_EMPLOYEE_STATE_MONITOR: Op = Op {
    id: "Diagnostics_RemoveEmployeeStateMonitor",
    method: Method::Delete,
    path: "/diagnostics/employees/{id}/statemonitor",
    odata: false,
    collection: false,
    query: &[],
    body: false,
    idempotent: false,
};

pub const DIAGNOSTICS_GET_AGENT_STATE_MONITOR_COUNT: Op = Op {
    id: "Diagnostics_GetAgentStateMonitorCount",
    method: Method::Get,
    path: "/diagnostics/employees/{id}/agentstatemonitors",
    odata: false,
    collection: false,
    query: &[],
    body: false,
    idempotent: true,
};

pub const DIAGNOSTICS_ADD_AGENT_STATE_MONITORS: Op = Op {
    id: "Diagnostics_AddAgentStateMonitors",
    method: Method::Post,
    path: "/diagnostics/employees/{id}/agentstatemonitors/{skipIfContained}",
    odata: false,
    collection: false,
    query: &[],
    body: false,
    idempotent: false,
};

pub const DIAGNOSTICS_REMOVE_AGENT_STATE_MONITORS: Op = Op {
    id: "Diagnostics_RemoveAgentStateMonitors",
    method: Method::Delete,
    path: "/diagnostics/employees/{id}/agentstatemonitors",
    odata: false,
    collection: false,
    query: &[],
    body: false,
    idempotent: false,
};

pub const DIAGNOSTICS_GET_AGENT_INBOX_MONITOR_COUNT: Op = Op {
    id: "Diagnostics_GetAgentInboxMonitorCount",
    method: Method::Get,
    path: "/diagnostics/employees/{id}/agentinboxmonitors",
    odata: false,
    collection: false,
    query: &[],
    body: false,
    idempotent: true,
};

pub const DIAGNOSTICS_ADD_AGENT_INBOX_MONITORS: Op = Op {
    id: "Diagnostics_AddAgentInboxMonitors",
    method: Method::Post,
    path: "/diagnostics/employees/{id}/agentinboxmonitors/{skipIfContained}",
    odata: false,
    collection: false,
    query: &[],
    body: false,
    idempotent: false,
};

pub const DIAGNOSTICS_REMOVE_AGENT_INBOX_MONITORS: Op = Op {
    id: "Diagnostics_RemoveAgentInboxMonitors",
    method: Method::Delete,
    path: "/diagnostics/employees/{id}/agentinboxmonitors",
    odata: false,
    collection: false,
    query: &[],
    body: false,
    idempotent: false,
};

pub const DIAGNOSTICS_RUN_ROUTER_COMMAND: Op = Op {
    id: "Diagnostics_RunRouterCommand",
    method: Method::Post,
    path: "/diagnostics/router",
    odata: false,
    collection: false,
    query: &[],
    body: true,
    idempotent: false,
};

pub const DIAGNOSTICS_GET_SIGNALR_CONNECTIONS_BY_ID: Op = Op {
    id: "Diagnostics_GetSignalRConnectionsById",
    method: Method::Get,
    path: "/diagnostics/signalrconnections/{id}",
    odata: false,
    collection: false,
    query: &[],
    body: false,
    idempotent: true,
};

pub const DIAGNOSTICS_POST_PROBLEM_REPORT: Op = Op {
    id: "Diagnostics_PostProblemReport",
    method: Method::Post,
    path: "/diagnostics/problemreports",
    odata: false,
    collection: false,
    query: &[],
    body: true,
    idempotent: false,
};

pub const OPEN_MEDIA_GET_OPEN_MEDIA_ITEMS: Op = Op {
    id: "OpenMedia_GetOpenMediaItems",
    method: Method::Get,
    path: "/openmedia",
    odata: true,
    collection: true,
    query: &[],
    body: false,
    idempotent: true,
};

pub const OPEN_MEDIA_CREATE_OPEN_MEDIA: Op = Op {
    id: "OpenMedia_CreateOpenMedia",
    method: Method::Post,
    path: "/openmedia",
    odata: false,
    collection: false,
    query: &[],
    body: true,
    idempotent: false,
};

pub const OPEN_MEDIA_GET_OPEN_MEDIA: Op = Op {
    id: "OpenMedia_GetOpenMedia",
    method: Method::Get,
    path: "/openmedia/{id}",
    odata: false,
    collection: false,
    query: &[],
    body: false,
    idempotent: true,
};

pub const OPEN_MEDIA_UPDATE_OPEN_MEDIA: Op = Op {
    id: "OpenMedia_UpdateOpenMedia",
    method: Method::Put,
    path: "/openmedia/{id}",
    odata: false,
    collection: false,
    query: &[],
    body: true,
    idempotent: false,
};

pub const OPEN_MEDIA_GET_OPEN_MEDIA_QUEUES: Op = Op {
    id: "OpenMedia_GetOpenMediaQueues",
    method: Method::Get,
    path: "/openmedia/queues",
    odata: true,
    collection: true,
    query: &[],
    body: false,
    idempotent: true,
};

pub const DIRECTORY_GET_DIRECTORY_ENTRIES: Op = Op {
    id: "Directory_GetDirectoryEntries",
    method: Method::Get,
    path: "/directory",
    odata: true,
    collection: true,
    query: &[
        q!("siteId", String, false),
        q!("mediaServerId", String, false),
        q!("voiceOnly", Boolean, false),
    ],
    body: false,
    idempotent: true,
};

pub const DIRECTORY_CREATE_DIRECTORY_ENTRY: Op = Op {
    id: "Directory_CreateDirectoryEntry",
    method: Method::Post,
    path: "/directory",
    odata: false,
    collection: false,
    query: &[],
    body: true,
    idempotent: false,
};

pub const DIRECTORY_GET_DIRECTORY_ENTRY: Op = Op {
    id: "Directory_GetDirectoryEntry",
    method: Method::Get,
    path: "/directory/{id}",
    odata: true,
    collection: false,
    query: &[],
    body: false,
    idempotent: true,
};

pub const DIRECTORY_UPDATE_DIRECTORY_ENTRY: Op = Op {
    id: "Directory_UpdateDirectoryEntry",
    method: Method::Put,
    path: "/directory/{id}",
    odata: false,
    collection: false,
    query: &[],
    body: true,
    idempotent: true,
};

pub const CONVERSATIONS_GET_CONVERSATIONS: Op = Op {
    id: "Conversations_GetConversations",
    method: Method::Get,
    path: "/conversations",
    odata: true,
    collection: true,
    query: &[],
    body: false,
    idempotent: true,
};

pub const CONVERSATIONS_GET_CONVERSATION: Op = Op {
    id: "Conversations_GetConversation",
    method: Method::Get,
    path: "/conversations/{id}",
    odata: true,
    collection: false,
    query: &[],
    body: false,
    idempotent: true,
};

pub const CONVERSATIONS_ADD_CALL_DETAILS: Op = Op {
    id: "Conversations_AddCallDetails",
    method: Method::Post,
    path: "/conversations/{id}/calldetails",
    odata: false,
    collection: false,
    query: &[],
    body: true,
    idempotent: false,
};

pub const HISTORY_GET_HISTORY: Op = Op {
    id: "History_GetHistory",
    method: Method::Get,
    path: "/history",
    odata: true,
    collection: true,
    query: &[
        q!("offset", Integer, false),
        q!("global", Boolean, false),
        q!("siteId", String, false),
    ],
    body: false,
    idempotent: true,
};

pub const HISTORY_GET_HISTORY_COUNT: Op = Op {
    id: "History_GetHistoryCount",
    method: Method::Get,
    path: "/history/count",
    odata: false,
    collection: false,
    query: &[q!("global", Boolean, false), q!("siteId", String, false)],
    body: false,
    idempotent: true,
};

pub const MEDIA_SERVER_GET_MEDIA_SERVERS: Op = Op {
    id: "MediaServer_GetMediaServers",
    method: Method::Get,
    path: "/mediaservers",
    odata: true,
    collection: true,
    query: &[],
    body: false,
    idempotent: true,
};

pub const MEDIA_SERVER_GET_MEDIA_SERVER: Op = Op {
    id: "MediaServer_GetMediaServer",
    method: Method::Get,
    path: "/mediaservers/{id}",
    odata: false,
    collection: false,
    query: &[],
    body: false,
    idempotent: true,
};

pub const MEDIA_SERVER_GET_MEDIA_SERVER_TIMES: Op = Op {
    id: "MediaServer_GetMediaServerTimes",
    method: Method::Get,
    path: "/mediaservers/times",
    odata: false,
    collection: false,
    query: &[],
    body: false,
    idempotent: true,
};

pub const MAIL_SERVER_GET_MAIL_SERVERS: Op = Op {
    id: "MailServer_GetMailServers",
    method: Method::Get,
    path: "/mailservers",
    odata: true,
    collection: true,
    query: &[],
    body: false,
    idempotent: true,
};

pub const MAIL_SERVER_GET_MAIL_SERVER: Op = Op {
    id: "MailServer_GetMailServer",
    method: Method::Get,
    path: "/mailservers/{id}",
    odata: false,
    collection: false,
    query: &[],
    body: false,
    idempotent: true,
};

pub const REASON_CODE_GET_REASON_CODES: Op = Op {
    id: "ReasonCode_GetReasonCodes",
    method: Method::Get,
    path: "/reasoncodes",
    odata: true,
    collection: true,
    query: &[],
    body: false,
    idempotent: true,
};

pub const REASON_CODE_GET_REASON_CODE: Op = Op {
    id: "ReasonCode_GetReasonCode",
    method: Method::Get,
    path: "/reasoncodes/{id}",
    odata: false,
    collection: false,
    query: &[],
    body: false,
    idempotent: true,
};

pub const SITE_GET_SITES: Op = Op {
    id: "Site_GetSites",
    method: Method::Get,
    path: "/sites",
    odata: true,
    collection: true,
    query: &[],
    body: false,
    idempotent: true,
};

pub const SITE_GET_SITE: Op = Op {
    id: "Site_GetSite",
    method: Method::Get,
    path: "/sites/{id}",
    odata: false,
    collection: false,
    query: &[],
    body: false,
    idempotent: true,
};

pub const AGENT_GET_AGENTS: Op = Op {
    id: "Agent_GetAgents",
    method: Method::Get,
    path: "/agents",
    odata: true,
    collection: true,
    query: &[],
    body: false,
    idempotent: true,
};

pub const AGENT_GET_AGENT_STATES: Op = Op {
    id: "Agent_GetAgentStates",
    method: Method::Get,
    path: "/agents/states",
    odata: true,
    collection: true,
    query: &[],
    body: false,
    idempotent: true,
};

pub const AGENT_GET_AGENT: Op = Op {
    id: "Agent_GetAgent",
    method: Method::Get,
    path: "/agents/{id}",
    odata: false,
    collection: false,
    query: &[],
    body: false,
    idempotent: true,
};

pub const AGENT_GET_AGENT_STATE: Op = Op {
    id: "Agent_GetAgentState",
    method: Method::Get,
    path: "/agents/{id}/state",
    odata: true,
    collection: false,
    query: &[],
    body: false,
    idempotent: true,
};

pub const AGENT_GET_AGENT_GROUPS: Op = Op {
    id: "Agent_GetAgentGroups",
    method: Method::Get,
    path: "/agentgroups",
    odata: false,
    collection: true,
    query: &[],
    body: false,
    idempotent: true,
};

pub const AGENT_GET_AGENT_GROUP: Op = Op {
    id: "Agent_GetAgentGroup",
    method: Method::Get,
    path: "/agentgroups/{id}",
    odata: true,
    collection: false,
    query: &[],
    body: false,
    idempotent: true,
};

pub const AGENT_GET_AGENT_GROUP_STATES: Op = Op {
    id: "Agent_GetAgentGroupStates",
    method: Method::Get,
    path: "/agentgroups/{id}/states",
    odata: false,
    collection: true,
    query: &[],
    body: false,
    idempotent: true,
};

pub const AGENT_GET_LICENSE_INFO: Op = Op {
    id: "Agent_GetLicenseInfo",
    method: Method::Get,
    path: "/agents/licenses",
    odata: false,
    collection: false,
    query: &[],
    body: false,
    idempotent: true,
};

pub const AGENT_GET_AGENT_GROUP_AGENTS: Op = Op {
    id: "Agent_GetAgentGroupAgents",
    method: Method::Get,
    path: "/agentgroups/{id}/agents",
    odata: false,
    collection: true,
    query: &[],
    body: false,
    idempotent: true,
};

pub const AGENT_GET_INTEGRATED_SOFTPHONE: Op = Op {
    id: "Agent_GetIntegratedSoftphone",
    method: Method::Get,
    path: "/agents/{id}/integratedsoftphone",
    odata: false,
    collection: false,
    query: &[],
    body: false,
    idempotent: true,
};

pub const EMPLOYEE_GET_EMPLOYEES: Op = Op {
    id: "Employee_GetEmployees",
    method: Method::Get,
    path: "/employees",
    odata: true,
    collection: true,
    query: &[],
    body: false,
    idempotent: true,
};

pub const EMPLOYEE_UPDATE_EMPLOYEE_STATES: Op = Op {
    id: "Employee_UpdateEmployeeStates",
    method: Method::Put,
    path: "/employees/state",
    odata: false,
    collection: false,
    query: &[],
    body: true,
    idempotent: true,
};

pub const EMPLOYEE_GET_EMPLOYEE: Op = Op {
    id: "Employee_GetEmployee",
    method: Method::Get,
    path: "/employees/{id}",
    odata: true,
    collection: false,
    query: &[],
    body: false,
    idempotent: true,
};

pub const EMPLOYEE_UPLOAD_PROFILE_PICTURE: Op = Op {
    id: "Employee_UploadProfilePicture",
    method: Method::Post,
    path: "/employees/{id}/photo",
    odata: false,
    collection: false,
    query: &[],
    body: true,
    idempotent: false,
};

pub const EMPLOYEE_GET_EMPLOYEE_AGENT_GROUPS: Op = Op {
    id: "Employee_GetEmployeeAgentGroups",
    method: Method::Get,
    path: "/employees/{id}/agentgroups",
    odata: true,
    collection: true,
    query: &[],
    body: false,
    idempotent: true,
};

pub const EMPLOYEE_GET_EMPLOYEE_QUEUES: Op = Op {
    id: "Employee_GetEmployeeQueues",
    method: Method::Get,
    path: "/employees/{id}/queues",
    odata: true,
    collection: true,
    query: &[],
    body: false,
    idempotent: true,
};

pub const EMPLOYEE_GET_EMPLOYEE_EXTENSIONS: Op = Op {
    id: "Employee_GetEmployeeExtensions",
    method: Method::Get,
    path: "/employees/{id}/extensions",
    odata: true,
    collection: true,
    query: &[],
    body: false,
    idempotent: true,
};

pub const EMPLOYEE_GET_EMPLOYEE_STATE: Op = Op {
    id: "Employee_GetEmployeeState",
    method: Method::Get,
    path: "/employees/{id}/state",
    odata: false,
    collection: false,
    query: &[],
    body: false,
    idempotent: true,
};

pub const EMPLOYEE_UPDATE_EMPLOYEE_STATE: Op = Op {
    id: "Employee_UpdateEmployeeState",
    method: Method::Put,
    path: "/employees/{id}/state",
    odata: false,
    collection: false,
    query: &[],
    body: true,
    idempotent: true,
};

pub const EMPLOYEE_GET_AGENT_GROUP_PRESENCE: Op = Op {
    id: "Employee_GetAgentGroupPresence",
    method: Method::Get,
    path: "/employees/{id}/agentgrouppresence",
    odata: true,
    collection: true,
    query: &[],
    body: false,
    idempotent: true,
};

pub const EMPLOYEE_UPDATE_AGENT_GROUP_PRESENCE: Op = Op {
    id: "Employee_UpdateAgentGroupPresence",
    method: Method::Put,
    path: "/employees/{id}/agentgrouppresence",
    odata: false,
    collection: false,
    query: &[],
    body: true,
    idempotent: true,
};

pub const EMPLOYEE_GET_AGENT_GROUP_PRESENCE_FOR_GROUP: Op = Op {
    id: "Employee_GetAgentGroupPresenceForGroup",
    method: Method::Get,
    path: "/employees/{id}/agentgrouppresence/{groupid}",
    odata: true,
    collection: true,
    query: &[],
    body: false,
    idempotent: true,
};

pub const EMPLOYEE_UPDATE_AGENT_GROUP_PRESENCE_FOR_GROUP: Op = Op {
    id: "Employee_UpdateAgentGroupPresenceForGroup",
    method: Method::Put,
    path: "/employees/{id}/agentgrouppresence/{groupid}",
    odata: false,
    collection: false,
    query: &[],
    body: true,
    idempotent: true,
};

pub const EMPLOYEE_GET_BUSY_REASON_CODES: Op = Op {
    id: "Employee_GetBusyReasonCodes",
    method: Method::Get,
    path: "/employees/{id}/busyreasoncodes",
    odata: true,
    collection: true,
    query: &[],
    body: false,
    idempotent: true,
};

pub const EMPLOYEE_GET_ACCOUNT_CODES: Op = Op {
    id: "Employee_GetAccountCodes",
    method: Method::Get,
    path: "/employees/{id}/accountcodes",
    odata: true,
    collection: true,
    query: &[],
    body: false,
    idempotent: true,
};

pub const EMPLOYEE_GET_GREETINGS: Op = Op {
    id: "Employee_GetGreetings",
    method: Method::Get,
    path: "/employees/{id}/greetings",
    odata: false,
    collection: false,
    query: &[],
    body: false,
    idempotent: true,
};

pub const EMPLOYEE_START_GREETING_RECORDING: Op = Op {
    id: "Employee_StartGreetingRecording",
    method: Method::Post,
    path: "/employees/{id}/greetings/recording",
    odata: false,
    collection: false,
    query: &[],
    body: true,
    idempotent: false,
};

pub const EMPLOYEE_UPDATE_GREETING: Op = Op {
    id: "Employee_UpdateGreeting",
    method: Method::Put,
    path: "/employees/{id}/greetings/{actionName}/{fileToDelete}",
    odata: false,
    collection: false,
    query: &[],
    body: true,
    idempotent: false,
};

pub const EMPLOYEE_GET_CONVERSATIONS: Op = Op {
    id: "Employee_GetConversations",
    method: Method::Get,
    path: "/employees/{id}/conversations",
    odata: true,
    collection: true,
    query: &[
        q!("type", String, false),
        q!("refreshMonitors", Boolean, false),
    ],
    body: false,
    idempotent: true,
};

pub const EMPLOYEE_UPDATE_CONVERSATIONS: Op = Op {
    id: "Employee_UpdateConversations",
    method: Method::Put,
    path: "/employees/{id}/conversations",
    odata: false,
    collection: false,
    query: &[],
    body: true,
    idempotent: false,
};

pub const EMPLOYEE_START_CONVERSATION: Op = Op {
    id: "Employee_StartConversation",
    method: Method::Post,
    path: "/employees/{id}/conversations",
    odata: false,
    collection: false,
    query: &[],
    body: true,
    idempotent: false,
};

pub const EMPLOYEE_GET_CONVERSATION: Op = Op {
    id: "Employee_GetConversation",
    method: Method::Get,
    path: "/employees/{id}/conversations/{conversationId}",
    odata: false,
    collection: false,
    query: &[
        q!("waitTimeMs", Integer, false),
        q!("waitTimeForCallDetailsMs", Integer, false),
    ],
    body: false,
    idempotent: true,
};

pub const EMPLOYEE_UPDATE_CONVERSATION: Op = Op {
    id: "Employee_UpdateConversation",
    method: Method::Put,
    path: "/employees/{id}/conversations/{conversationId}",
    odata: false,
    collection: false,
    query: &[],
    body: true,
    idempotent: false,
};

pub const QUEUE_GET_QUEUES: Op = Op {
    id: "Queue_GetQueues",
    method: Method::Get,
    path: "/queues",
    odata: true,
    collection: true,
    query: &[],
    body: false,
    idempotent: true,
};

pub const QUEUE_GET_QUEUE_STATES: Op = Op {
    id: "Queue_GetQueueStates",
    method: Method::Get,
    path: "/queues/state",
    odata: true,
    collection: true,
    query: &[],
    body: false,
    idempotent: true,
};

pub const QUEUE_GET_QUEUE: Op = Op {
    id: "Queue_GetQueue",
    method: Method::Get,
    path: "/queues/{id}",
    odata: true,
    collection: false,
    query: &[],
    body: false,
    idempotent: true,
};

pub const QUEUE_DELETE_QUEUE: Op = Op {
    id: "Queue_DeleteQueue",
    method: Method::Delete,
    path: "/queues/{id}",
    odata: false,
    collection: false,
    query: &[],
    body: false,
    idempotent: false,
};

pub const QUEUE_GET_QUEUE_GROUP_MEMBERS: Op = Op {
    id: "Queue_GetQueueGroupMembers",
    method: Method::Get,
    path: "/queuegroups/{id}/members",
    odata: true,
    collection: true,
    query: &[],
    body: false,
    idempotent: true,
};

pub const QUEUE_GET_QUEUE_STATE: Op = Op {
    id: "Queue_GetQueueState",
    method: Method::Get,
    path: "/queues/{id}/state",
    odata: false,
    collection: false,
    query: &[],
    body: false,
    idempotent: true,
};

pub const QUEUE_GET_QUEUE_CONVERSATIONS: Op = Op {
    id: "Queue_GetQueueConversations",
    method: Method::Get,
    path: "/queues/{id}/conversations",
    odata: false,
    collection: true,
    query: &[q!("offset", Integer, false)],
    body: false,
    idempotent: true,
};

pub const QUEUE_UPDATE_QUEUE_CONVERSATIONS: Op = Op {
    id: "Queue_UpdateQueueConversations",
    method: Method::Put,
    path: "/queues/{id}/conversations",
    odata: false,
    collection: false,
    query: &[],
    body: true,
    idempotent: false,
};

pub const QUEUE_GET_QUEUE_CONVERSATION: Op = Op {
    id: "Queue_GetQueueConversation",
    method: Method::Get,
    path: "/queues/{id}/conversations/{conversationId}",
    odata: false,
    collection: false,
    query: &[],
    body: false,
    idempotent: true,
};

pub const QUEUE_UPDATE_QUEUE_CONVERSATION: Op = Op {
    id: "Queue_UpdateQueueConversation",
    method: Method::Put,
    path: "/queues/{id}/conversations/{conversationId}",
    odata: false,
    collection: false,
    query: &[],
    body: true,
    idempotent: false,
};

pub const QUEUE_GET_GROUP_STATES: Op = Op {
    id: "Queue_GetGroupStates",
    method: Method::Get,
    path: "/queuegroups/state",
    odata: false,
    collection: true,
    query: &[],
    body: false,
    idempotent: true,
};

pub const QUEUE_GET_GROUP_STATE: Op = Op {
    id: "Queue_GetGroupState",
    method: Method::Get,
    path: "/queuegroups/{id}/state",
    odata: false,
    collection: false,
    query: &[],
    body: false,
    idempotent: true,
};

pub const QUEUE_GET_GROUP_CONVERSATION: Op = Op {
    id: "Queue_GetGroupConversation",
    method: Method::Get,
    path: "/queuegroups/{qid}/conversations/{cid}",
    odata: false,
    collection: false,
    query: &[],
    body: false,
    idempotent: true,
};

pub const STATUS_GET_STATUS: Op = Op {
    id: "Status_GetStatus",
    method: Method::Get,
    path: "/status",
    odata: false,
    collection: false,
    query: &[],
    body: false,
    idempotent: true,
};

pub const APPLICATION_PROFILE_GET_APPLICATION_PROFILES: Op = Op {
    id: "ApplicationProfile_GetApplicationProfiles",
    method: Method::Get,
    path: "/applicationprofiles/{appname}",
    odata: false,
    collection: true,
    query: &[],
    body: false,
    idempotent: true,
};

pub const APPLICATION_PROFILE_GET_APPLICATION_PROFILE: Op = Op {
    id: "ApplicationProfile_GetApplicationProfile",
    method: Method::Get,
    path: "/applicationprofiles/{appname}/{profilenameorid}",
    odata: false,
    collection: false,
    query: &[],
    body: false,
    idempotent: true,
};

pub const PROMPT_GET_PROMPTS: Op = Op {
    id: "Prompt_GetPrompts",
    method: Method::Get,
    path: "/prompts",
    odata: true,
    collection: true,
    query: &[],
    body: false,
    idempotent: true,
};

pub const PROMPT_GET_PROMPT: Op = Op {
    id: "Prompt_GetPrompt",
    method: Method::Get,
    path: "/prompts/{id}",
    odata: false,
    collection: false,
    query: &[],
    body: false,
    idempotent: true,
};

pub const VARIABLES_GET_VARIABLES: Op = Op {
    id: "Variables_GetVariables",
    method: Method::Get,
    path: "/variables",
    odata: true,
    collection: true,
    query: &[],
    body: false,
    idempotent: true,
};

pub const VARIABLES_GET_VARIABLE: Op = Op {
    id: "Variables_GetVariable",
    method: Method::Get,
    path: "/variables/{id}",
    odata: false,
    collection: false,
    query: &[],
    body: false,
    idempotent: true,
};

/// Every operation, in the order of the reference.
pub const ALL: &[Op] = &[
    CASES_GET_CASES,
    CASES_GET_CASE,
    CHAT_GET_REPLY_TEMPLATE_FOLDERS,
    CHAT_GET_REPLY_TEMPLATES,
    CHAT_GET_REPLY_TEMPLATES_BASE_DIRECTORY,
    CHAT_GET_REPLY_TEMPLATE,
    CHAT_CHECK_REPLY_TEMPLATE_FILE_ACCESS,
    CHAT_CHECK_REPLY_TEMPLATE_DIRECTORY_ACCESS,
    CHAT_GET_REPLY_TEMPLATE_FILE_NAMES,
    CHAT_GET_REPLY_TEMPLATE_CONTENT,
    CHAT_PEEK_CLOUDLINK_TRANSCRIPT,
    CHAT_GET_CLOUDLINK_CHAT_TAG,
    CHAT_GET_CLOUDLINK_TRANSCRIPT,
    DNIS_GET_DNIS_NUMBERS,
    DNIS_GET_DNIS_NUMBER,
    EMAIL_GET_REUSABLE_EMAIL,
    EMAIL_GET_EMAIL,
    EMAIL_GET_EMAIL_IMAGE,
    EMAIL_GET_EMAIL_ATTACHMENT,
    EMAIL_GET_FROM_QUEUES,
    EMAIL_GET_REPLY_TEMPLATE_FOLDERS,
    EMAIL_GET_REPLY_TEMPLATES,
    EMAIL_GET_REPLY_TEMPLATES_BASE_DIRECTORY,
    EMAIL_GET_REPLY_TEMPLATE,
    EMAIL_CHECK_REPLY_TEMPLATE_FILE_ACCESS,
    EMAIL_CHECK_REPLY_TEMPLATE_DIRECTORY_ACCESS,
    EMAIL_GET_REPLY_TEMPLATE_FILE_NAMES,
    EMAIL_GET_REPLY_TEMPLATE_CONTENT,
    GLOBAL_REPLY_TEMPLATE_GET_GLOBAL_REPLY_TEMPLATES,
    GLOBAL_REPLY_TEMPLATE_CREATE_GLOBAL_REPLY_TEMPLATE,
    GLOBAL_REPLY_TEMPLATE_GET_GLOBAL_REPLY_TEMPLATE,
    GLOBAL_REPLY_TEMPLATE_UPDATE_GLOBAL_REPLY_TEMPLATE,
    GLOBAL_REPLY_TEMPLATE_DELETE_GLOBAL_REPLY_TEMPLATE,
    GLOBAL_REPLY_TEMPLATE_GET_GLOBAL_REPLY_TEMPLATE_TAGS,
    WARNING_REASON_GET_WARNING_REASONS,
    WARNING_REASON_GET_WARNING_REASON,
    WEB_HOOK_REGISTER_WEBHOOK,
    WEB_HOOK_GET_WEBHOOKS,
    WEB_HOOK_GET_OSCMS_EXTENSIONS,
    WEB_HOOK_GET_CALL_RECORDINGS,
    WEB_HOOK_DOWNLOAD_RECORDING,
    WEB_HOOK_PLAY_RECORDING,
    EXTENSION_GET_EXTENSIONS,
    EXTENSION_GET_EXTENSION,
    SMS_GET_FROM_QUEUES,
    SMS_GET_REPLY_TEMPLATE_FOLDERS,
    SMS_GET_REPLY_TEMPLATES,
    SMS_GET_REPLY_TEMPLATES_BASE_DIRECTORY,
    SMS_GET_REPLY_TEMPLATE,
    SMS_GET_REPLY_TEMPLATE_FILE_NAMES,
    SMS_GET_REPLY_TEMPLATE_CONTENT,
    DIAGNOSTICS_GET_EMPLOYEE_STATE_MONITOR_COUNT,
    DIAGNOSTICS_ADD_EMPLOYEE_STATE_MONITOR,
    DIAGNOSTICS_REMOVE_EMPLOYEE_STATE_MONITOR,
    DIAGNOSTICS_GET_AGENT_STATE_MONITOR_COUNT,
    DIAGNOSTICS_ADD_AGENT_STATE_MONITORS,
    DIAGNOSTICS_REMOVE_AGENT_STATE_MONITORS,
    DIAGNOSTICS_GET_AGENT_INBOX_MONITOR_COUNT,
    DIAGNOSTICS_ADD_AGENT_INBOX_MONITORS,
    DIAGNOSTICS_REMOVE_AGENT_INBOX_MONITORS,
    DIAGNOSTICS_RUN_ROUTER_COMMAND,
    DIAGNOSTICS_GET_SIGNALR_CONNECTIONS_BY_ID,
    DIAGNOSTICS_POST_PROBLEM_REPORT,
    OPEN_MEDIA_GET_OPEN_MEDIA_ITEMS,
    OPEN_MEDIA_CREATE_OPEN_MEDIA,
    OPEN_MEDIA_GET_OPEN_MEDIA,
    OPEN_MEDIA_UPDATE_OPEN_MEDIA,
    OPEN_MEDIA_GET_OPEN_MEDIA_QUEUES,
    DIRECTORY_GET_DIRECTORY_ENTRIES,
    DIRECTORY_CREATE_DIRECTORY_ENTRY,
    DIRECTORY_GET_DIRECTORY_ENTRY,
    DIRECTORY_UPDATE_DIRECTORY_ENTRY,
    CONVERSATIONS_GET_CONVERSATIONS,
    CONVERSATIONS_GET_CONVERSATION,
    CONVERSATIONS_ADD_CALL_DETAILS,
    HISTORY_GET_HISTORY,
    HISTORY_GET_HISTORY_COUNT,
    MEDIA_SERVER_GET_MEDIA_SERVERS,
    MEDIA_SERVER_GET_MEDIA_SERVER,
    MEDIA_SERVER_GET_MEDIA_SERVER_TIMES,
    MAIL_SERVER_GET_MAIL_SERVERS,
    MAIL_SERVER_GET_MAIL_SERVER,
    REASON_CODE_GET_REASON_CODES,
    REASON_CODE_GET_REASON_CODE,
    SITE_GET_SITES,
    SITE_GET_SITE,
    AGENT_GET_AGENTS,
    AGENT_GET_AGENT_STATES,
    AGENT_GET_AGENT,
    AGENT_GET_AGENT_STATE,
    AGENT_GET_AGENT_GROUPS,
    AGENT_GET_AGENT_GROUP,
    AGENT_GET_AGENT_GROUP_STATES,
    AGENT_GET_LICENSE_INFO,
    AGENT_GET_AGENT_GROUP_AGENTS,
    AGENT_GET_INTEGRATED_SOFTPHONE,
    EMPLOYEE_GET_EMPLOYEES,
    EMPLOYEE_UPDATE_EMPLOYEE_STATES,
    EMPLOYEE_GET_EMPLOYEE,
    EMPLOYEE_UPLOAD_PROFILE_PICTURE,
    EMPLOYEE_GET_EMPLOYEE_AGENT_GROUPS,
    EMPLOYEE_GET_EMPLOYEE_QUEUES,
    EMPLOYEE_GET_EMPLOYEE_EXTENSIONS,
    EMPLOYEE_GET_EMPLOYEE_STATE,
    EMPLOYEE_UPDATE_EMPLOYEE_STATE,
    EMPLOYEE_GET_AGENT_GROUP_PRESENCE,
    EMPLOYEE_UPDATE_AGENT_GROUP_PRESENCE,
    EMPLOYEE_GET_AGENT_GROUP_PRESENCE_FOR_GROUP,
    EMPLOYEE_UPDATE_AGENT_GROUP_PRESENCE_FOR_GROUP,
    EMPLOYEE_GET_BUSY_REASON_CODES,
    EMPLOYEE_GET_ACCOUNT_CODES,
    EMPLOYEE_GET_GREETINGS,
    EMPLOYEE_START_GREETING_RECORDING,
    EMPLOYEE_UPDATE_GREETING,
    EMPLOYEE_GET_CONVERSATIONS,
    EMPLOYEE_UPDATE_CONVERSATIONS,
    EMPLOYEE_START_CONVERSATION,
    EMPLOYEE_GET_CONVERSATION,
    EMPLOYEE_UPDATE_CONVERSATION,
    QUEUE_GET_QUEUES,
    QUEUE_GET_QUEUE_STATES,
    QUEUE_GET_QUEUE,
    QUEUE_DELETE_QUEUE,
    QUEUE_GET_QUEUE_GROUP_MEMBERS,
    QUEUE_GET_QUEUE_STATE,
    QUEUE_GET_QUEUE_CONVERSATIONS,
    QUEUE_UPDATE_QUEUE_CONVERSATIONS,
    QUEUE_GET_QUEUE_CONVERSATION,
    QUEUE_UPDATE_QUEUE_CONVERSATION,
    QUEUE_GET_GROUP_STATES,
    QUEUE_GET_GROUP_STATE,
    QUEUE_GET_GROUP_CONVERSATION,
    STATUS_GET_STATUS,
    APPLICATION_PROFILE_GET_APPLICATION_PROFILES,
    APPLICATION_PROFILE_GET_APPLICATION_PROFILE,
    PROMPT_GET_PROMPTS,
    PROMPT_GET_PROMPT,
    VARIABLES_GET_VARIABLES,
    VARIABLES_GET_VARIABLE,
];
