// @generated from crates/micc-api/spec/openapi.json by crates/micc-api/src/codegen/.
// Do not edit: cargo run -p micc-api --features codegen --example gen_client

//! Every operation of the API description, as data (see [`super`]).

use super::{Op, ParamType, q};
use micc_api::Method;

/// Get all cases.
///
/// `GET /cases` (`Cases_GetCases`): the path and method are inferred from the reference, not seen on a real server.
pub const CASES_GET_CASES: Op = Op {
    id: "Cases_GetCases",
    method: Method::Get,
    path: "/cases",
    odata: true,
    collection: true,
    query: &[q("offset", ParamType::Integer, false), q("global", ParamType::Boolean, false), q("siteId", ParamType::String, false)],
    body: false,
    idempotent: true,
};

/// Get a single case.
///
/// `GET /cases/{id}/{monthYearCreated}` (`Cases_GetCase`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get a list of Personal Reply Template folders
///
/// `GET /chat/replytemplates/folders` (`Chat_GetReplyTemplateFolders`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get a list of Personal Reply Templates
///
/// `GET /chat/replytemplates` (`Chat_GetReplyTemplates`): the path and method are inferred from the reference, not seen on a real server.
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

/// `GET /chat/replytemplates/basedirectory` (`Chat_GetReplyTemplatesBaseDirectory`): the path and method are inferred from the reference, not seen on a real server.
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

/// `GET /chat/replytemplates/template` (`Chat_GetReplyTemplate`): the path and method are inferred from the reference, not seen on a real server.
pub const CHAT_GET_REPLY_TEMPLATE: Op = Op {
    id: "Chat_GetReplyTemplate",
    method: Method::Get,
    path: "/chat/replytemplates/template",
    odata: false,
    collection: false,
    query: &[q("filePath", ParamType::String, true)],
    body: false,
    idempotent: true,
};

/// Check to see if the MICCSDK can access the desired reply template file
///
/// `GET /chat/replytemplates/fileaccess` (`Chat_CheckReplyTemplateFileAccess`): the path and method are inferred from the reference, not seen on a real server.
pub const CHAT_CHECK_REPLY_TEMPLATE_FILE_ACCESS: Op = Op {
    id: "Chat_CheckReplyTemplateFileAccess",
    method: Method::Get,
    path: "/chat/replytemplates/fileaccess",
    odata: false,
    collection: false,
    query: &[q("filePath", ParamType::String, true)],
    body: false,
    idempotent: true,
};

/// Check to see if the MICCSDK can access the desired reply template directory
///
/// `GET /chat/replytemplates/directoryaccess` (`Chat_CheckReplyTemplateDirectoryAccess`): the path and method are inferred from the reference, not seen on a real server.
pub const CHAT_CHECK_REPLY_TEMPLATE_DIRECTORY_ACCESS: Op = Op {
    id: "Chat_CheckReplyTemplateDirectoryAccess",
    method: Method::Get,
    path: "/chat/replytemplates/directoryaccess",
    odata: false,
    collection: false,
    query: &[q("filePath", ParamType::String, true)],
    body: false,
    idempotent: true,
};

/// Get a list of personal reply template file names
///
/// `GET /chat/replytemplates/filenames` (`Chat_GetReplyTemplateFileNames`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get personal reply template content File name
///
/// `GET /chat/replytemplates/content` (`Chat_GetReplyTemplateContent`): the path and method are inferred from the reference, not seen on a real server.
pub const CHAT_GET_REPLY_TEMPLATE_CONTENT: Op = Op {
    id: "Chat_GetReplyTemplateContent",
    method: Method::Get,
    path: "/chat/replytemplates/content",
    odata: false,
    collection: false,
    query: &[q("fileName", ParamType::String, true)],
    body: false,
    idempotent: true,
};

/// Peek if Cloudlink chat transcript is ready interaction Id
///
/// `GET /chat/cloudlink/{interactionId}/transcript/ready` (`Chat_PeekCloudlinkTranscript`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get Cloudlink chat tag interaction Id interaction Id
///
/// `GET /chat/cloudlink/{interactionId}/tags/{tagId}` (`Chat_GetCloudlinkChatTag`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get Cloudlink chat transcript interaction Id employee Id
///
/// `GET /chat/cloudlink/{interactionId}/employees/{employeeId}/transcript` (`Chat_GetCloudlinkTranscript`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get dnis numbers
///
/// `GET /dnis` (`Dnis_GetDnisNumbers`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get a dnis number
///
/// Access control: May view real-time information on the devices contained in this list only
///
/// `GET /dnis/{id}` (`Dnis_GetDnisNumber`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get a reusable email for the given to
///
/// `GET /email/reusable` (`Email_GetReusableEmail`): the path and method are inferred from the reference, not seen on a real server.
pub const EMAIL_GET_REUSABLE_EMAIL: Op = Op {
    id: "Email_GetReusableEmail",
    method: Method::Get,
    path: "/email/reusable",
    odata: false,
    collection: true,
    query: &[q("to", ParamType::String, true)],
    body: false,
    idempotent: true,
};

/// Get an email.
///
/// `GET /email/{conversationId}/{getEmailType}/{monthYearCreated}` (`Email_GetEmail`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get an email's image.
///
/// `GET /email/{conversationId}/images/{resourceId}` (`Email_GetEmailImage`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get an email's attachment.
///
/// `GET /email/{conversationId}/attachments` (`Email_GetEmailAttachment`): the path and method are inferred from the reference, not seen on a real server.
pub const EMAIL_GET_EMAIL_ATTACHMENT: Op = Op {
    id: "Email_GetEmailAttachment",
    method: Method::Get,
    path: "/email/{conversationId}/attachments",
    odata: false,
    collection: false,
    query: &[q("fileName", ParamType::String, true)],
    body: false,
    idempotent: true,
};

/// Get queue emails that can be used for setting the from address
///
/// `GET /email/{conversationId}/fromqueues` (`Email_GetFromQueues`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get a list of Personal Reply Template folders
///
/// `GET /email/replytemplates/folders` (`Email_GetReplyTemplateFolders`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get a list of Personal Reply Templates
///
/// `GET /email/replytemplates` (`Email_GetReplyTemplates`): the path and method are inferred from the reference, not seen on a real server.
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

/// `GET /email/replytemplates/basedirectory` (`Email_GetReplyTemplatesBaseDirectory`): the path and method are inferred from the reference, not seen on a real server.
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

/// `GET /email/replytemplates/template` (`Email_GetReplyTemplate`): the path and method are inferred from the reference, not seen on a real server.
pub const EMAIL_GET_REPLY_TEMPLATE: Op = Op {
    id: "Email_GetReplyTemplate",
    method: Method::Get,
    path: "/email/replytemplates/template",
    odata: false,
    collection: false,
    query: &[q("filePath", ParamType::String, true)],
    body: false,
    idempotent: true,
};

/// Check to see if the MICCSDK can access the desired reply template file
///
/// `GET /email/replytemplates/fileaccess` (`Email_CheckReplyTemplateFileAccess`): the path and method are inferred from the reference, not seen on a real server.
pub const EMAIL_CHECK_REPLY_TEMPLATE_FILE_ACCESS: Op = Op {
    id: "Email_CheckReplyTemplateFileAccess",
    method: Method::Get,
    path: "/email/replytemplates/fileaccess",
    odata: false,
    collection: false,
    query: &[q("filePath", ParamType::String, true)],
    body: false,
    idempotent: true,
};

/// Check to see if the MICCSDK can access the desired reply template directory
///
/// `GET /email/replytemplates/directoryaccess` (`Email_CheckReplyTemplateDirectoryAccess`): the path and method are inferred from the reference, not seen on a real server.
pub const EMAIL_CHECK_REPLY_TEMPLATE_DIRECTORY_ACCESS: Op = Op {
    id: "Email_CheckReplyTemplateDirectoryAccess",
    method: Method::Get,
    path: "/email/replytemplates/directoryaccess",
    odata: false,
    collection: false,
    query: &[q("filePath", ParamType::String, true)],
    body: false,
    idempotent: true,
};

/// Get a list of personal reply template file names
///
/// `GET /email/replytemplates/filenames` (`Email_GetReplyTemplateFileNames`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get personal reply template content File name
///
/// `GET /email/replytemplates/content` (`Email_GetReplyTemplateContent`): the path and method are inferred from the reference, not seen on a real server.
pub const EMAIL_GET_REPLY_TEMPLATE_CONTENT: Op = Op {
    id: "Email_GetReplyTemplateContent",
    method: Method::Get,
    path: "/email/replytemplates/content",
    odata: false,
    collection: false,
    query: &[q("fileName", ParamType::String, true)],
    body: false,
    idempotent: true,
};

/// Get global reply templates
///
/// `GET /globalreplytemplates` (`GlobalReplyTemplate_GetGlobalReplyTemplates`): the path and method are inferred from the reference, not seen on a real server.
pub const GLOBAL_REPLY_TEMPLATE_GET_GLOBAL_REPLY_TEMPLATES: Op = Op {
    id: "GlobalReplyTemplate_GetGlobalReplyTemplates",
    method: Method::Get,
    path: "/globalreplytemplates",
    odata: true,
    collection: true,
    query: &[q("offset", ParamType::Integer, false), q("siteId", ParamType::String, false), q("search", ParamType::String, false), q("skip", ParamType::Integer, false), q("top", ParamType::Integer, false), q("media", ParamType::String, false)],
    body: false,
    idempotent: true,
};

/// Create a new Global Reply Template.
///
/// `POST /globalreplytemplates` (`GlobalReplyTemplate_CreateGlobalReplyTemplate`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get a single global reply template.
///
/// `GET /globalreplytemplates/{id}` (`GlobalReplyTemplate_GetGlobalReplyTemplate`): the path and method are inferred from the reference, not seen on a real server.
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

/// Update a Global Reply Template.
///
/// `PUT /globalreplytemplates/{id}` (`GlobalReplyTemplate_UpdateGlobalReplyTemplate`): the path and method are inferred from the reference, not seen on a real server.
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

/// Delete a Global Reply Template.
///
/// `DELETE /globalreplytemplates/{id}` (`GlobalReplyTemplate_DeleteGlobalReplyTemplate`): the path and method are inferred from the reference, not seen on a real server.
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

/// `GET /globalreplytemplates/tags` (`GlobalReplyTemplate_GetGlobalReplyTemplateTags`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get warning reasons
///
/// `GET /warningreasons` (`WarningReason_GetWarningReasons`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get a warning reason
///
/// `GET /warningreasons/{id}` (`WarningReason_GetWarningReason`): the path and method are inferred from the reference, not seen on a real server.
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

/// Registers a webhook with MiccSDK to allow OSCMS to receive requests.
///
/// Access control: Local Administrator or Enterprise Administrator Role
///
/// `POST /webhooks` (`WebHook_RegisterWebhook`): the path and method are inferred from the reference, not seen on a real server.
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

/// Retrieves a list of all registered Webhooks.
///
/// Access control: Can be used only by system-level users.
///
/// `GET /webhooks` (`WebHook_GetWebhooks`): the path and method are inferred from the reference, not seen on a real server.
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

/// Retrieves all registered extensions for all OSCMS.
///
/// `GET /webhooks/extensions` (`WebHook_GetOscmsExtensions`): the path and method are inferred from the reference, not seen on a real server.
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

/// Retrieves call recordings associated with a specific caseId and callId.
///
/// `GET /webhooks/cases/{caseId}/calls/{callId}/recordings` (`WebHook_GetCallRecordings`): the path and method are inferred from the reference, not seen on a real server.
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

/// Downloads a specific recording file by its ID.
///
/// `GET /webhooks/recordings/{recordingId}/download` (`WebHook_DownloadRecording`): the path and method are inferred from the reference, not seen on a real server.
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

/// Play a specific recording file by its ID.
///
/// `GET /webhooks/recordings/{recordingId}/play` (`WebHook_PlayRecording`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get all extensions. "$expand" options are limited to two expands. Only singular options can be expanded.
///
/// Access control: May view real-time information on the devices contained in this list only
///
/// `GET /extensions` (`Extension_GetExtensions`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get an extension.
///
/// Access control: May view real-time information on the devices contained in this list only
///
/// `GET /extensions/{id}` (`Extension_GetExtension`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get sms queues that can be used for setting the from field
///
/// `GET /sms/fromqueues` (`Sms_GetFromQueues`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get a list of Personal Reply Template folders
///
/// `GET /sms/replytemplates/folders` (`Sms_GetReplyTemplateFolders`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get a list of Personal Reply Templates
///
/// `GET /sms/replytemplates` (`Sms_GetReplyTemplates`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get the Reply Template Base Directory
///
/// `GET /sms/replytemplates/basedirectory` (`Sms_GetReplyTemplatesBaseDirectory`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get ReplyTemplate
///
/// `GET /sms/replytemplates/template` (`Sms_GetReplyTemplate`): the path and method are inferred from the reference, not seen on a real server.
pub const SMS_GET_REPLY_TEMPLATE: Op = Op {
    id: "Sms_GetReplyTemplate",
    method: Method::Get,
    path: "/sms/replytemplates/template",
    odata: false,
    collection: false,
    query: &[q("filePath", ParamType::String, true)],
    body: false,
    idempotent: true,
};

/// Get a list of personal reply template file names
///
/// `GET /sms/replytemplates/filenames` (`Sms_GetReplyTemplateFileNames`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get personal reply template content File name
///
/// `GET /sms/replytemplates/content` (`Sms_GetReplyTemplateContent`): the path and method are inferred from the reference, not seen on a real server.
pub const SMS_GET_REPLY_TEMPLATE_CONTENT: Op = Op {
    id: "Sms_GetReplyTemplateContent",
    method: Method::Get,
    path: "/sms/replytemplates/content",
    odata: false,
    collection: false,
    query: &[q("fileName", ParamType::String, true)],
    body: false,
    idempotent: true,
};

/// Get the subscription count of an employee state monitor. Id, username or me
///
/// `GET /diagnostics/employees/{id}/statemonitor` (`Diagnostics_GetEmployeeStateMonitorCount`): the path and method are inferred from the reference, not seen on a real server.
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

/// Add an employee state monitor. Id, username or me If set to true (default), don't add a monitor if monitor manager already contains it
///
/// `POST /diagnostics/employees/{id}/statemonitor/{skipIfContained}` (`Diagnostics_AddEmployeeStateMonitor`): the path and method are inferred from the reference, not seen on a real server.
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

/// Remove an employee state monitor.
///
/// `DELETE /diagnostics/employees/{id}/statemonitor` (`Diagnostics_RemoveEmployeeStateMonitor`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get the subscription count of an employee's agent state monitors. Id, username or me
///
/// `GET /diagnostics/employees/{id}/agentstatemonitors` (`Diagnostics_GetAgentStateMonitorCount`): the path and method are inferred from the reference, not seen on a real server.
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

/// Add an employee's agent state monitors. Id, username or me If set to true (default), don't add a monitor if monitor manager already contains it
///
/// `POST /diagnostics/employees/{id}/agentstatemonitors/{skipIfContained}` (`Diagnostics_AddAgentStateMonitors`): the path and method are inferred from the reference, not seen on a real server.
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

/// Remove an employee's agent state monitors.
///
/// `DELETE /diagnostics/employees/{id}/agentstatemonitors` (`Diagnostics_RemoveAgentStateMonitors`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get the subscription count of an employee's agent inbox monitors. Id, username or me
///
/// `GET /diagnostics/employees/{id}/agentinboxmonitors` (`Diagnostics_GetAgentInboxMonitorCount`): the path and method are inferred from the reference, not seen on a real server.
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

/// Add an employee's agent inbox monitors. Id, username or me If set to true (default), don't add a monitor if monitor manager already contains it
///
/// `POST /diagnostics/employees/{id}/agentinboxmonitors/{skipIfContained}` (`Diagnostics_AddAgentInboxMonitors`): the path and method are inferred from the reference, not seen on a real server.
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

/// Remove an employee's agent inbox monitors.
///
/// `DELETE /diagnostics/employees/{id}/agentinboxmonitors` (`Diagnostics_RemoveAgentInboxMonitors`): the path and method are inferred from the reference, not seen on a real server.
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

/// Router Diagnostic Commands - allows the ability to query the Router. To get a list of support commands type Help as the CommandName
///
/// `POST /diagnostics/router` (`Diagnostics_RunRouterCommand`): the path and method are inferred from the reference, not seen on a real server.
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

/// `GET /diagnostics/signalrconnections/{id}` (`Diagnostics_GetSignalRConnectionsById`): the path and method are inferred from the reference, not seen on a real server.
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

/// Post a problem report
///
/// `POST /diagnostics/problemreports` (`Diagnostics_PostProblemReport`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get all active open media items currently being executed in the system. For historical queries use $search='{search term}' to query previously executed open media items.
///
/// Access control: May view real-time information on the devices contained in this list only
///
/// `GET /openmedia` (`OpenMedia_GetOpenMediaItems`).
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

/// Create a new open media item to be routed. You can provide Contact information inside the “variableData” field (see below), such as “Name”, “Email”, “Phone” and “MobilePhone”, so the system can identify an existing contact or create a new one for this interaction.
///
/// `POST /openmedia` (`OpenMedia_CreateOpenMedia`).
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

/// Get an open media conversation. Note that conversation details are only returned if the conversation is in either an InQueue or ACD state. If a conversation is in either Failed or Handled states, then this method will not return conversation details, and will instead return 404/Not Found.
///
/// `GET /openmedia/{id}` (`OpenMedia_GetOpenMedia`).
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

/// It is used to reroute a failed interaction by an employee or complete an interaction by a third party system. To complete an interaction, because the media item is unknown to the contact center it must be ended manually by the agent OR automatically by the third party. If an item is completed while it is in: 1) a queue waiting for routing then this is considered an abandoned item and the queue will be credited with an abandon. 2) the offered/ringing state in the agent's inbox then this is also considered an abandoned item. 3) the accepted/ACD state then it will be marked as handled item.
///
/// `PUT /openmedia/{id}` (`OpenMedia_UpdateOpenMedia`): the method is inferred from the reference, not seen on a real server.
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

/// Get all active open media queues known to this system with links to active conversations in these queues.
///
/// Access control: May view real-time information on the devices contained in this list only
///
/// `GET /openmedia/queues` (`OpenMedia_GetOpenMediaQueues`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get all directory entries. To filter by type, use ?$filter=Type eq Mitel.MiccSdk.Models.DirectoryEntryType'ElasticContact'. See DirectoryEntryType for the list of supported types.
///
/// `GET /directory` (`Directory_GetDirectoryEntries`).
pub const DIRECTORY_GET_DIRECTORY_ENTRIES: Op = Op {
    id: "Directory_GetDirectoryEntries",
    method: Method::Get,
    path: "/directory",
    odata: true,
    collection: true,
    query: &[q("siteId", ParamType::String, false), q("mediaServerId", ParamType::String, false), q("voiceOnly", ParamType::Boolean, false)],
    body: false,
    idempotent: true,
};

/// Create a new directory entry.
///
/// `POST /directory` (`Directory_CreateDirectoryEntry`).
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

/// Get a single directory entry. If multiple matches are found, nothing is returned.
///
/// `GET /directory/{id}` (`Directory_GetDirectoryEntry`): the method is inferred from the reference, not seen on a real server.
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

/// Update a directory entry.
///
/// `PUT /directory/{id}` (`Directory_UpdateDirectoryEntry`).
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

/// Get active interactions currently being processed in the IVR, waiting in queue, and handled by agents.
///
/// `GET /conversations` (`Conversations_GetConversations`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get a single interaction.
///
/// `GET /conversations/{id}` (`Conversations_GetConversation`): the path and method are inferred from the reference, not seen on a real server.
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

/// Allows variables to be inserted into the realtime stream that will get shown in WebIgnite
///
/// `POST /conversations/{id}/calldetails` (`Conversations_AddCallDetails`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get indexed interactions (historical or active). The "$search" option is mandatory in the request string. For instance, to find the last voice interaction handled by an agent in the UTC-5 time zone, call with these parameters $search='\_exists\_:lastagentid;media:Voice' $top=1 $orderby=timeOfferedToSystem desc offset=300 global=true
///
/// Access control: May view real-time information on the devices contained in this list only
///
/// `GET /history` (`History_GetHistory`): the path and method are inferred from the reference, not seen on a real server.
pub const HISTORY_GET_HISTORY: Op = Op {
    id: "History_GetHistory",
    method: Method::Get,
    path: "/history",
    odata: true,
    collection: true,
    query: &[q("offset", ParamType::Integer, false), q("global", ParamType::Boolean, false), q("siteId", ParamType::String, false)],
    body: false,
    idempotent: true,
};

/// `GET /history/count` (`History_GetHistoryCount`): the path and method are inferred from the reference, not seen on a real server.
pub const HISTORY_GET_HISTORY_COUNT: Op = Op {
    id: "History_GetHistoryCount",
    method: Method::Get,
    path: "/history/count",
    odata: false,
    collection: false,
    query: &[q("global", ParamType::Boolean, false), q("siteId", ParamType::String, false)],
    body: false,
    idempotent: true,
};

/// Get all media servers
///
/// `GET /mediaservers` (`MediaServer_GetMediaServers`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get a media server
///
/// `GET /mediaservers/{id}` (`MediaServer_GetMediaServer`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get all media server times
///
/// `GET /mediaservers/times` (`MediaServer_GetMediaServerTimes`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get all mail servers
///
/// `GET /mailservers` (`MailServer_GetMailServers`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get a mail server.
///
/// `GET /mailservers/{id}` (`MailServer_GetMailServer`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get reason codes
///
/// `GET /reasoncodes` (`ReasonCode_GetReasonCodes`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get a reason code
///
/// `GET /reasoncodes/{id}` (`ReasonCode_GetReasonCode`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get sites / tenants in the system
///
/// Access control: May access the sites contained in this list only. When tenanting mode is enabled only allows access to callers tenant.
///
/// `GET /sites` (`Site_GetSites`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get a site
///
/// Access control: May access the sites contained in this list only. When tenanting mode is enabled only allows access to callers tenant.
///
/// `GET /sites/{id}` (`Site_GetSite`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get all agents. "$expand" options are limited to two expands. Only singular options can be expanded.
///
/// Access control: May view real-time information on the devices contained in this list only
///
/// `GET /agents` (`Agent_GetAgents`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get agent states.
///
/// Access control: Requires "May view real-time information on the devices contained in this list only"
///
/// `GET /agents/states` (`Agent_GetAgentStates`).
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

/// Get an agent.
///
/// Access control: May view real-time information on the devices contained in this list only
///
/// `GET /agents/{id}` (`Agent_GetAgent`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get the state of an agent.
///
/// Access control: May view real-time information on the devices contained in this list only
///
/// `GET /agents/{id}/state` (`Agent_GetAgentState`): the path and method are inferred from the reference, not seen on a real server.
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

/// `GET /agentgroups` (`Agent_GetAgentGroups`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get an agent group.
///
/// Access control: May view real-time information on the devices contained in this list only
///
/// `GET /agentgroups/{id}` (`Agent_GetAgentGroup`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get all agent states for an agent group.
///
/// Access control: May view real-time information on the devices contained in this list only
///
/// `GET /agentgroups/{id}/states` (`Agent_GetAgentGroupStates`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get concurrent agent logins and license information.
///
/// `GET /agents/licenses` (`Agent_GetLicenseInfo`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get all agents members of an agent group.
///
/// Access control: May view real-time information on the devices contained in this list only
///
/// `GET /agentgroups/{id}/agents` (`Agent_GetAgentGroupAgents`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get the Integrated Softphone information of an agent.
///
/// `GET /agents/{id}/integratedsoftphone` (`Agent_GetIntegratedSoftphone`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get all employees. "$expand" options are limited to two expands. Only singular options can be expanded.
///
/// Access control: May view real-time information on the devices contained in this list only
///
/// `GET /employees` (`Employee_GetEmployees`): the path and method are inferred from the reference, not seen on a real server.
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

/// Update the state of a list of employees
///
/// Access control: Requires "May change the real-time states of agents and queues in Interactive Contact Center"
///
/// `PUT /employees/state` (`Employee_UpdateEmployeeStates`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get an employee. Supports "$expand" up to two expansions. Example: "/employee/me?$expand=state" returns the employee with their state expanded in the embedded details
///
/// Access control: May view real-time information on the devices contained in this list only
///
/// `GET /employees/{id}` (`Employee_GetEmployee`): the path and method are inferred from the reference, not seen on a real server.
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

/// Upload user profile picture
///
/// Access control: Using "me" is always allowed.
///
/// `POST /employees/{id}/photo` (`Employee_UploadProfilePicture`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get agent groups for an employee
///
/// Access control: May view real-time information on the devices contained in this list only
///
/// `GET /employees/{id}/agentgroups` (`Employee_GetEmployeeAgentGroups`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get queues for an employee
///
/// Access control: Requires "May view real-time information on the devices contained in this list only"
///
/// `GET /employees/{id}/queues` (`Employee_GetEmployeeQueues`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get extensions for an employee
///
/// Access control: Requires "May view real-time information on the devices contained in this list only"
///
/// `GET /employees/{id}/extensions` (`Employee_GetEmployeeExtensions`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get the state of an employee. Note that the agent presences are snapshots from the last employee state changed event. If an agent state change does not affect the overriding employee state, it will not be updated on this object until the next employee state change.
///
/// Access control: May view real-time information on the devices contained in this list only
///
/// `GET /employees/{id}/state` (`Employee_GetEmployeeState`).
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

/// Update the state of an employee
///
/// Access control: Using "me" is always allowed. Anything else requires "May change the real-time states of agents and queues in Interactive Contact Center"
///
/// `PUT /employees/{id}/state` (`Employee_UpdateEmployeeState`).
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

/// Get the agent group precense of an employee
///
/// Access control: Requires "May view real-time information on the devices contained in this list only"
///
/// `GET /employees/{id}/agentgrouppresence` (`Employee_GetAgentGroupPresence`).
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

/// Update the agent group presence of an employee
///
/// Access control: Using "me" requires "May control my real-time presence status in ICC". Anything else requires "May control real-time presene of devices contained in this list only".
///
/// `PUT /employees/{id}/agentgrouppresence` (`Employee_UpdateAgentGroupPresence`).
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

/// Get the agent group presence of an employee for a particular group
///
/// Access control: Requires "May view real-time information on the devices contained in this list only"
///
/// `GET /employees/{id}/agentgrouppresence/{groupid}` (`Employee_GetAgentGroupPresenceForGroup`): the method is inferred from the reference, not seen on a real server.
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

/// Update the agent group presence of an employee
///
/// Access control: Using "me" requires "May control my real-time presence status in ICC". Anything else requires "May control real-time presene of devices contained in this list only".
///
/// `PUT /employees/{id}/agentgrouppresence/{groupid}` (`Employee_UpdateAgentGroupPresenceForGroup`).
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

/// Get all "Busy" and "Do Not Disturb" reason codes allowed for an employee
///
/// Access control: Requires "May view real-time information on the devices contained in this list only"
///
/// `GET /employees/{id}/busyreasoncodes` (`Employee_GetBusyReasonCodes`).
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

/// Get all account codes allowed for an employee
///
/// Access control: Requires "May view real-time information on the devices contained in this list only"
///
/// `GET /employees/{id}/accountcodes` (`Employee_GetAccountCodes`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get all greetings for an employee. By default, the names are empty.
///
/// Access control: Requires "May view real-time information on the devices contained in this list only"
///
/// `GET /employees/{id}/greetings` (`Employee_GetGreetings`): the path and method are inferred from the reference, not seen on a real server.
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

/// Start an outbound call to an agent to record their default greeting or a queue greeting
///
/// Access control: Using "me" is always allowed. Third party requests are deined
///
/// `POST /employees/{id}/greetings/recording` (`Employee_StartGreetingRecording`): the path and method are inferred from the reference, not seen on a real server.
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

/// Updates an employee's agent greeting
///
/// Access control: Using "me" is always allowed. Third party requests are deined
///
/// `PUT /employees/{id}/greetings/{actionName}/{fileToDelete}` (`Employee_UpdateGreeting`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get active conversations in an employee's inbox
///
/// Access control: Using "me" is always allowed. A supervisor license is required for anything else.
///
/// `GET /employees/{id}/conversations` (`Employee_GetConversations`): the method is inferred from the reference, not seen on a real server.
pub const EMPLOYEE_GET_CONVERSATIONS: Op = Op {
    id: "Employee_GetConversations",
    method: Method::Get,
    path: "/employees/{id}/conversations",
    odata: true,
    collection: true,
    query: &[q("type", ParamType::String, false), q("refreshMonitors", ParamType::Boolean, false)],
    body: false,
    idempotent: true,
};

/// Update a list of conversations in an employees inbox
///
/// Access control: Using "me" is always allowed. Supervisors are allowed to transfer any conversation.
///
/// `PUT /employees/{id}/conversations` (`Employee_UpdateConversations`): the method is inferred from the reference, not seen on a real server.
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

/// Start a new conversation (Voice, SMS) or initiate a silent monitor session
///
/// Access control: Using "me" is always allowed. Third party requests are denied
///
/// `POST /employees/{id}/conversations` (`Employee_StartConversation`).
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

/// Get a conversation
///
/// Access control: Using "me" is always allowed. A supervisor license is required for anything else.
///
/// `GET /employees/{id}/conversations/{conversationId}` (`Employee_GetConversation`): the method is inferred from the reference, not seen on a real server.
pub const EMPLOYEE_GET_CONVERSATION: Op = Op {
    id: "Employee_GetConversation",
    method: Method::Get,
    path: "/employees/{id}/conversations/{conversationId}",
    odata: false,
    collection: false,
    query: &[q("waitTimeMs", ParamType::Integer, false), q("waitTimeForCallDetailsMs", ParamType::Integer, false)],
    body: false,
    idempotent: true,
};

/// Update a conversation in an employees inbox
///
/// Access control: Using "me" is always allowed. Supervisors are allowed to transfer any conversation.
///
/// `PUT /employees/{id}/conversations/{conversationId}` (`Employee_UpdateConversation`).
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

/// Get all queues
///
/// Access control: Requires "May view real-time information on the devices contained in this list only"
///
/// `GET /queues` (`Queue_GetQueues`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get my queues states. Commonly referred to as "Queue Now".
///
/// Access control: Requires "May view real-time information on the devices contained in this list only"
///
/// `GET /queues/state` (`Queue_GetQueueStates`).
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

/// Get a queue
///
/// Access control: Requires "May view real-time information on the devices contained in this list only"
///
/// `GET /queues/{id}` (`Queue_GetQueue`): the path and method are inferred from the reference, not seen on a real server.
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

/// Delete a queue
///
/// Access control: YourSite Explorer, Device Configuration, Full Control
///
/// `DELETE /queues/{id}` (`Queue_DeleteQueue`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get all members of a queue group.
///
/// Access control: May view real-time information on the devices contained in this list only
///
/// `GET /queuegroups/{id}/members` (`Queue_GetQueueGroupMembers`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get a queue's state. Commonly referred to as "Queue Now".
///
/// Access control: Requires "May view real-time information on the devices contained in this list only"
///
/// `GET /queues/{id}/state` (`Queue_GetQueueState`).
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

/// Get conversations currently waiting in queue
///
/// Access control: Requires "May view real-time information on the devices contained in this list only"
///
/// `GET /queues/{id}/conversations` (`Queue_GetQueueConversations`).
pub const QUEUE_GET_QUEUE_CONVERSATIONS: Op = Op {
    id: "Queue_GetQueueConversations",
    method: Method::Get,
    path: "/queues/{id}/conversations",
    odata: false,
    collection: true,
    query: &[q("offset", ParamType::Integer, false)],
    body: false,
    idempotent: true,
};

/// Update a list of conversations currently waiting in queue. Email operations like Junk and No Reply are supported.
///
/// Access control: Requires "May view real-time information on the devices contained in this list only"
///
/// `PUT /queues/{id}/conversations` (`Queue_UpdateQueueConversations`): the method is inferred from the reference, not seen on a real server.
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

/// Get a conversation details waiting in a queue
///
/// Access control: Requires "May view real-time information on the devices contained in this list only"
///
/// `GET /queues/{id}/conversations/{conversationId}` (`Queue_GetQueueConversation`): the method is inferred from the reference, not seen on a real server.
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

/// Update a conversation waiting in a queue
///
/// Access control: Requires "May view real-time information on the devices contained in this list only"
///
/// `PUT /queues/{id}/conversations/{conversationId}` (`Queue_UpdateQueueConversation`).
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

/// `GET /queuegroups/state` (`Queue_GetGroupStates`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get a queue group state. Commonly referred to as "Queue Now".
///
/// Access control: Requires "May view real-time information on the devices contained in this list only"
///
/// `GET /queuegroups/{id}/state` (`Queue_GetGroupState`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get a conversation details waiting in a queue group
///
/// Access control: Requires "May view real-time information on the devices contained in this list only"
///
/// `GET /queuegroups/{qid}/conversations/{cid}` (`Queue_GetGroupConversation`): the path and method are inferred from the reference, not seen on a real server.
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

/// Returns status information of the server.
///
/// Access control: Any user
///
/// `GET /status` (`Status_GetStatus`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get all application profiles for a given application.
///
/// Access control: May view real-time information on the devices contained in this list only
///
/// `GET /applicationprofiles/{appname}` (`ApplicationProfile_GetApplicationProfiles`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get an application profile for a given application and profile name or id.
///
/// Access control: May view real-time information on the devices contained in this list only
///
/// `GET /applicationprofiles/{appname}/{profilenameorid}` (`ApplicationProfile_GetApplicationProfile`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get voice routing prompts
///
/// Access control: May view real-time information on the devices contained in this list only
///
/// `GET /prompts` (`Prompt_GetPrompts`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get a voice routing prompt
///
/// Access control: May view real-time information on the devices contained in this list only
///
/// `GET /prompts/{id}` (`Prompt_GetPrompt`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get IVR Variables
///
/// `GET /variables` (`Variables_GetVariables`): the path and method are inferred from the reference, not seen on a real server.
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

/// Get an IVR Variable
///
/// `GET /variables/{id}` (`Variables_GetVariable`): the path and method are inferred from the reference, not seen on a real server.
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

/// Every operation, in the reference's order.
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
