//! Request bodies from JavaScript: accepted in either wire form (as the tolerant decoder
//! reads them), checked against the operation's model, and sent the reference's way
//! (PascalCase, integer enums), like the Rust API sends them.

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::decode::DecodeError;
use crate::hal::HalPage;
use crate::models::*;

fn reference<T: DeserializeOwned + Serialize>(json: &str) -> Result<String, DecodeError> {
    let model: T = crate::decode::from_str(json)?;
    crate::models::to_reference_string(&model).map_err(|e| DecodeError {
        path: "$".into(),
        message: e.to_string(),
    })
}

/// The body of operation `op_id` in the reference's form, or `None` when it takes none.
pub fn reference_body(op_id: &str, json: &str) -> Option<Result<String, DecodeError>> {
    Some(match op_id {
        "GlobalReplyTemplate_CreateGlobalReplyTemplate" => {
            reference::<GlobalReplyTemplateModel>(json)
        }
        "GlobalReplyTemplate_UpdateGlobalReplyTemplate" => {
            reference::<GlobalReplyTemplateModel>(json)
        }
        "WebHook_RegisterWebhook" => reference::<WebhookModel>(json),
        "Diagnostics_RunRouterCommand" => reference::<RouterDiagnosticCommandModel>(json),
        "Diagnostics_PostProblemReport" => reference::<ProblemReportModel>(json),
        "OpenMedia_CreateOpenMedia" => reference::<OpenMediaRequestModel>(json),
        "OpenMedia_UpdateOpenMedia" => reference::<OpenMediaUpdateRequestModel>(json),
        "Directory_CreateDirectoryEntry" => reference::<DirectoryEntryModel>(json),
        "Directory_UpdateDirectoryEntry" => reference::<DirectoryEntryModel>(json),
        "Conversations_AddCallDetails" => reference::<CallDetailsDataModel>(json),
        "Employee_UpdateEmployeeStates" => reference::<Vec<EmployeeStateUpdateModel>>(json),
        "Employee_UploadProfilePicture" => reference::<FileUploadModel>(json),
        "Employee_UpdateEmployeeState" => reference::<EmployeeStateUpdateModel>(json),
        "Employee_UpdateAgentGroupPresence" => reference::<HalPage<EmployeeAgentGroupModel>>(json),
        "Employee_UpdateAgentGroupPresenceForGroup" => reference::<EmployeeAgentGroupModel>(json),
        "Employee_StartGreetingRecording" => reference::<GreetingRecordingModel>(json),
        "Employee_UpdateGreeting" => reference::<EmployeeGreetingsModel>(json),
        "Employee_UpdateConversations" => reference::<Vec<ConversationUpdateModel>>(json),
        "Employee_StartConversation" => reference::<ConversationRequestModel>(json),
        "Employee_UpdateConversation" => reference::<ConversationUpdateModel>(json),
        "Queue_UpdateQueueConversations" => reference::<Vec<ConversationUpdateModel>>(json),
        "Queue_UpdateQueueConversation" => reference::<ConversationUpdateModel>(json),
        _ => return None,
    })
}
