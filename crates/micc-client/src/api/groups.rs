//! The resource groups. Each method is one operation of [`super::ops`]; path parameters
//! are arguments, required query parameters too, request bodies are typed models.

use std::collections::BTreeMap;

use serde_json::Value;

use super::Call;
use super::ops::{self, Op};
use crate::client::MiccClient;
use crate::hal::HalPage;
use crate::http::Platform;
use crate::models::*;

type Map = BTreeMap<String, Value>;

/// Shared by every group: a client reference.
macro_rules! group {
    ($(#[$doc:meta])* $name:ident, $accessor:ident) => {
        $(#[$doc])*
        pub struct $name<'c, P> {
            client: &'c MiccClient<P>,
        }

        impl<P: Platform + 'static> MiccClient<P> {
            $(#[$doc])*
            pub fn $accessor(&self) -> $name<'_, P> {
                $name { client: self }
            }
        }
    };
}

fn call<'c, P: Platform + 'static, R>(
    client: &'c MiccClient<P>,
    op: &'static Op,
    args: &[&str],
) -> Call<'c, P, R> {
    Call::new(client, op, args.iter().map(|s| (*s).to_owned()).collect())
}

group!(
    /// Queues: "Queue Now" statistics and waiting conversations.
    Queues, queues
);

impl<'c, P: Platform + 'static> Queues<'c, P> {
    pub fn list(&self) -> Call<'c, P, HalPage<QueueModel>> {
        call(self.client, &ops::QUEUE_GET_QUEUES, &[])
    }
    /// Queue Now of every queue the caller may see.
    pub fn states(&self) -> Call<'c, P, HalPage<QueueState>> {
        call(self.client, &ops::QUEUE_GET_QUEUE_STATES, &[])
    }
    /// `id` is the queue's id, name or reporting number.
    pub fn get(&self, id: &str) -> Call<'c, P, QueueModel> {
        call(self.client, &ops::QUEUE_GET_QUEUE, &[id])
    }
    pub fn delete(&self, id: &str) -> Call<'c, P, String> {
        call(self.client, &ops::QUEUE_DELETE_QUEUE, &[id])
    }
    /// Queue Now of one queue.
    pub fn state(&self, id: &str) -> Call<'c, P, QueueState> {
        call(self.client, &ops::QUEUE_GET_QUEUE_STATE, &[id])
    }
    /// Conversations waiting in the queue.
    pub fn conversations(&self, id: &str) -> Call<'c, P, HalPage<ConversationModel>> {
        call(self.client, &ops::QUEUE_GET_QUEUE_CONVERSATIONS, &[id])
    }
    pub fn update_conversations(
        &self,
        id: &str,
        updates: &[ConversationUpdateModel],
    ) -> Call<'c, P, String> {
        call(self.client, &ops::QUEUE_UPDATE_QUEUE_CONVERSATIONS, &[id]).with_body(&updates)
    }
    pub fn conversation(&self, id: &str, conversation_id: &str) -> Call<'c, P, ConversationModel> {
        call(
            self.client,
            &ops::QUEUE_GET_QUEUE_CONVERSATION,
            &[id, conversation_id],
        )
    }
    /// E.g. `Pick` a waiting conversation.
    pub fn update_conversation(
        &self,
        id: &str,
        conversation_id: &str,
        update: &ConversationUpdateModel,
    ) -> Call<'c, P, String> {
        call(
            self.client,
            &ops::QUEUE_UPDATE_QUEUE_CONVERSATION,
            &[id, conversation_id],
        )
        .with_body(update)
    }
}

group!(
    /// Queue groups: aggregated Queue Now of several queues.
    QueueGroups, queue_groups
);

impl<'c, P: Platform + 'static> QueueGroups<'c, P> {
    pub fn states(&self) -> Call<'c, P, HalPage<QueueState>> {
        call(self.client, &ops::QUEUE_GET_GROUP_STATES, &[])
    }
    pub fn state(&self, id: &str) -> Call<'c, P, QueueState> {
        call(self.client, &ops::QUEUE_GET_GROUP_STATE, &[id])
    }
    pub fn members(&self, id: &str) -> Call<'c, P, HalPage<QueueModel>> {
        call(self.client, &ops::QUEUE_GET_QUEUE_GROUP_MEMBERS, &[id])
    }
    pub fn conversation(
        &self,
        group_id: &str,
        conversation_id: &str,
    ) -> Call<'c, P, ConversationModel> {
        call(
            self.client,
            &ops::QUEUE_GET_GROUP_CONVERSATION,
            &[group_id, conversation_id],
        )
    }
}

group!(
    /// Agents: an employee's ACD identity on one media, and their real-time states.
    Agents, agents
);

impl<'c, P: Platform + 'static> Agents<'c, P> {
    pub fn list(&self) -> Call<'c, P, HalPage<AgentModel>> {
        call(self.client, &ops::AGENT_GET_AGENTS, &[])
    }
    pub fn states(&self) -> Call<'c, P, HalPage<AgentState>> {
        call(self.client, &ops::AGENT_GET_AGENT_STATES, &[])
    }
    pub fn get(&self, id: &str) -> Call<'c, P, AgentModel> {
        call(self.client, &ops::AGENT_GET_AGENT, &[id])
    }
    pub fn state(&self, id: &str) -> Call<'c, P, AgentState> {
        call(self.client, &ops::AGENT_GET_AGENT_STATE, &[id])
    }
    pub fn licenses(&self) -> Call<'c, P, LicenseInfoModel> {
        call(self.client, &ops::AGENT_GET_LICENSE_INFO, &[])
    }
    pub fn integrated_softphone(&self, id: &str) -> Call<'c, P, IntegratedSoftphoneModel> {
        call(self.client, &ops::AGENT_GET_INTEGRATED_SOFTPHONE, &[id])
    }
}

group!(
    /// Agent groups and the agents in them.
    AgentGroups, agent_groups
);

impl<'c, P: Platform + 'static> AgentGroups<'c, P> {
    pub fn list(&self) -> Call<'c, P, HalPage<AgentGroupModel>> {
        call(self.client, &ops::AGENT_GET_AGENT_GROUPS, &[])
    }
    pub fn get(&self, id: &str) -> Call<'c, P, AgentGroupModel> {
        call(self.client, &ops::AGENT_GET_AGENT_GROUP, &[id])
    }
    pub fn states(&self, id: &str) -> Call<'c, P, HalPage<AgentState>> {
        call(self.client, &ops::AGENT_GET_AGENT_GROUP_STATES, &[id])
    }
    pub fn agents(&self, id: &str) -> Call<'c, P, HalPage<AgentModel>> {
        call(self.client, &ops::AGENT_GET_AGENT_GROUP_AGENTS, &[id])
    }
}

group!(
    /// Employees; `me()` is the token's own employee.
    Employees, employees
);

impl<'c, P: Platform + 'static> Employees<'c, P> {
    pub fn list(&self) -> Call<'c, P, HalPage<EmployeeModel>> {
        call(self.client, &ops::EMPLOYEE_GET_EMPLOYEES, &[])
    }
    /// Sets the state of several employees at once.
    pub fn update_states(&self, states: &[EmployeeStateUpdateModel]) -> Call<'c, P, String> {
        call(self.client, &ops::EMPLOYEE_UPDATE_EMPLOYEE_STATES, &[]).with_body(&states)
    }
    /// The caller's own employee.
    pub fn me(&self) -> Employee<'c, P> {
        self.id("me")
    }
    /// An employee by id, username or reporting number.
    pub fn id(&self, id: &str) -> Employee<'c, P> {
        Employee {
            client: self.client,
            id: id.to_owned(),
        }
    }
}

/// One employee's operations.
pub struct Employee<'c, P> {
    client: &'c MiccClient<P>,
    id: String,
}

impl<'c, P: Platform + 'static> Employee<'c, P> {
    fn call<R>(&self, op: &'static Op, more: &[&str]) -> Call<'c, P, R> {
        let mut args = vec![self.id.as_str()];
        args.extend_from_slice(more);
        call(self.client, op, &args)
    }
    pub fn get(&self) -> Call<'c, P, EmployeeModel> {
        self.call(&ops::EMPLOYEE_GET_EMPLOYEE, &[])
    }
    pub fn upload_photo(&self, photo: &FileUploadModel) -> Call<'c, P, String> {
        self.call(&ops::EMPLOYEE_UPLOAD_PROFILE_PICTURE, &[])
            .with_body(photo)
    }
    pub fn agent_groups(&self) -> Call<'c, P, HalPage<AgentGroupModel>> {
        self.call(&ops::EMPLOYEE_GET_EMPLOYEE_AGENT_GROUPS, &[])
    }
    pub fn queues(&self) -> Call<'c, P, HalPage<QueueModel>> {
        self.call(&ops::EMPLOYEE_GET_EMPLOYEE_QUEUES, &[])
    }
    pub fn extensions(&self) -> Call<'c, P, HalPage<ExtensionModel>> {
        self.call(&ops::EMPLOYEE_GET_EMPLOYEE_EXTENSIONS, &[])
    }
    /// Presence and today's counts.
    pub fn state(&self) -> Call<'c, P, EmployeeState> {
        self.call(&ops::EMPLOYEE_GET_EMPLOYEE_STATE, &[])
    }
    /// Log in or out, set busy with a reason, do not disturb...
    pub fn set_state(&self, state: &EmployeeStateUpdateModel) -> Call<'c, P, String> {
        self.call(&ops::EMPLOYEE_UPDATE_EMPLOYEE_STATE, &[])
            .with_body(state)
    }
    pub fn agent_group_presence(&self) -> Call<'c, P, HalPage<EmployeeAgentGroupModel>> {
        self.call(&ops::EMPLOYEE_GET_AGENT_GROUP_PRESENCE, &[])
    }
    pub fn set_agent_group_presence(
        &self,
        presence: &HalPage<EmployeeAgentGroupModel>,
    ) -> Call<'c, P, String> {
        self.call(&ops::EMPLOYEE_UPDATE_AGENT_GROUP_PRESENCE, &[])
            .with_body(presence)
    }
    pub fn agent_group_presence_in(
        &self,
        group: &str,
    ) -> Call<'c, P, HalPage<EmployeeAgentGroupModel>> {
        self.call(&ops::EMPLOYEE_GET_AGENT_GROUP_PRESENCE_FOR_GROUP, &[group])
    }
    pub fn set_agent_group_presence_in(
        &self,
        group: &str,
        presence: &EmployeeAgentGroupModel,
    ) -> Call<'c, P, String> {
        self.call(
            &ops::EMPLOYEE_UPDATE_AGENT_GROUP_PRESENCE_FOR_GROUP,
            &[group],
        )
        .with_body(presence)
    }
    /// Reason codes of type Busy and Dnd the employee may use.
    pub fn busy_reason_codes(&self) -> Call<'c, P, HalPage<ReasonCodeModel>> {
        self.call(&ops::EMPLOYEE_GET_BUSY_REASON_CODES, &[])
    }
    pub fn account_codes(&self) -> Call<'c, P, HalPage<HalResource>> {
        self.call(&ops::EMPLOYEE_GET_ACCOUNT_CODES, &[])
    }
    pub fn greetings(&self) -> Call<'c, P, EmployeeGreetingsModel> {
        self.call(&ops::EMPLOYEE_GET_GREETINGS, &[])
    }
    pub fn start_greeting_recording(
        &self,
        recording: &GreetingRecordingModel,
    ) -> Call<'c, P, String> {
        self.call(&ops::EMPLOYEE_START_GREETING_RECORDING, &[])
            .with_body(recording)
    }
    pub fn update_greeting(
        &self,
        action: &str,
        file_to_delete: &str,
        greetings: &EmployeeGreetingsModel,
    ) -> Call<'c, P, String> {
        self.call(&ops::EMPLOYEE_UPDATE_GREETING, &[action, file_to_delete])
            .with_body(greetings)
    }
    /// The inbox: active conversations (and drafts, failed items with `param("type", ..)`).
    pub fn conversations(&self) -> Call<'c, P, HalPage<ConversationModel>> {
        self.call(&ops::EMPLOYEE_GET_CONVERSATIONS, &[])
    }
    pub fn update_conversations(&self, updates: &[ConversationUpdateModel]) -> Call<'c, P, String> {
        self.call(&ops::EMPLOYEE_UPDATE_CONVERSATIONS, &[])
            .with_body(&updates)
    }
    /// Starts an outbound conversation; answers its id.
    pub fn start_conversation(&self, request: &ConversationRequestModel) -> Call<'c, P, String> {
        self.call(&ops::EMPLOYEE_START_CONVERSATION, &[])
            .with_body(request)
    }
    pub fn conversation(&self, conversation_id: &str) -> Call<'c, P, ConversationModel> {
        self.call(&ops::EMPLOYEE_GET_CONVERSATION, &[conversation_id])
    }
    /// E.g. `Accept`, `Hold`, `End`.
    pub fn update_conversation(
        &self,
        conversation_id: &str,
        update: &ConversationUpdateModel,
    ) -> Call<'c, P, String> {
        self.call(&ops::EMPLOYEE_UPDATE_CONVERSATION, &[conversation_id])
            .with_body(update)
    }
}

group!(
    /// Active interactions in IVR, queues and with agents.
    Conversations, conversations
);

impl<'c, P: Platform + 'static> Conversations<'c, P> {
    pub fn list(&self) -> Call<'c, P, HalPage<ConversationModel>> {
        call(self.client, &ops::CONVERSATIONS_GET_CONVERSATIONS, &[])
    }
    pub fn get(&self, id: &str) -> Call<'c, P, ConversationModel> {
        call(self.client, &ops::CONVERSATIONS_GET_CONVERSATION, &[id])
    }
    pub fn add_call_details(
        &self,
        id: &str,
        details: &CallDetailsDataModel,
    ) -> Call<'c, P, CallDetailsDataModel> {
        call(self.client, &ops::CONVERSATIONS_ADD_CALL_DETAILS, &[id]).with_body(details)
    }
}

group!(
    /// Open media: items routed for third-party systems.
    OpenMedia, open_media
);

impl<'c, P: Platform + 'static> OpenMedia<'c, P> {
    pub fn list(&self) -> Call<'c, P, HalPage<OpenMediaConversationModel>> {
        call(self.client, &ops::OPEN_MEDIA_GET_OPEN_MEDIA_ITEMS, &[])
    }
    /// Posts an item to be routed (`201 Created`).
    pub fn create(&self, item: &OpenMediaRequestModel) -> Call<'c, P, OpenMediaConversationModel> {
        call(self.client, &ops::OPEN_MEDIA_CREATE_OPEN_MEDIA, &[]).with_body(item)
    }
    pub fn get(&self, id: &str) -> Call<'c, P, OpenMediaConversationModel> {
        call(self.client, &ops::OPEN_MEDIA_GET_OPEN_MEDIA, &[id])
    }
    /// Completes (or reroutes) an item.
    pub fn update(&self, id: &str, update: &OpenMediaUpdateRequestModel) -> Call<'c, P, String> {
        call(self.client, &ops::OPEN_MEDIA_UPDATE_OPEN_MEDIA, &[id]).with_body(update)
    }
    pub fn queues(&self) -> Call<'c, P, HalPage<QueueModel>> {
        call(self.client, &ops::OPEN_MEDIA_GET_OPEN_MEDIA_QUEUES, &[])
    }
}

group!(
    /// The contact directory: employees, queues, contacts and Active Directory entries.
    Directory, directory
);

impl<'c, P: Platform + 'static> Directory<'c, P> {
    pub fn list(&self) -> Call<'c, P, HalPage<DirectoryEntryModel>> {
        call(self.client, &ops::DIRECTORY_GET_DIRECTORY_ENTRIES, &[])
    }
    pub fn create(&self, entry: &DirectoryEntryModel) -> Call<'c, P, DirectoryEntryModel> {
        call(self.client, &ops::DIRECTORY_CREATE_DIRECTORY_ENTRY, &[]).with_body(entry)
    }
    pub fn get(&self, id: &str) -> Call<'c, P, DirectoryEntryModel> {
        call(self.client, &ops::DIRECTORY_GET_DIRECTORY_ENTRY, &[id])
    }
    pub fn update(
        &self,
        id: &str,
        entry: &DirectoryEntryModel,
    ) -> Call<'c, P, DirectoryEntryModel> {
        call(self.client, &ops::DIRECTORY_UPDATE_DIRECTORY_ENTRY, &[id]).with_body(entry)
    }
}

group!(
    /// Indexed interactions, historical or active (experimental in the reference).
    History, history
);

impl<'c, P: Platform + 'static> History<'c, P> {
    /// Needs `.search(...)`, e.g. `_exists_:lastagentid;media:Voice`.
    pub fn search(&self) -> Call<'c, P, HalPage<ConversationModel>> {
        call(self.client, &ops::HISTORY_GET_HISTORY, &[])
    }
    pub fn count(&self) -> Call<'c, P, i64> {
        call(self.client, &ops::HISTORY_GET_HISTORY_COUNT, &[])
    }
}

/// Groups of a collection and a single item by id, and nothing else.
macro_rules! list_get_group {
    ($(#[$doc:meta])* $name:ident, $accessor:ident, $model:ty, $list:ident, $get:ident) => {
        group!($(#[$doc])* $name, $accessor);

        impl<'c, P: Platform + 'static> $name<'c, P> {
            pub fn list(&self) -> Call<'c, P, HalPage<$model>> {
                call(self.client, &ops::$list, &[])
            }
            pub fn get(&self, id: &str) -> Call<'c, P, $model> {
                call(self.client, &ops::$get, &[id])
            }
        }
    };
}

list_get_group!(
    /// Dialed numbers (DNIS and CLIP numbers).
    Dnis, dnis, DnisModel, DNIS_GET_DNIS_NUMBERS, DNIS_GET_DNIS_NUMBER
);
list_get_group!(
    /// Extensions (phones).
    Extensions, extensions, ExtensionModel, EXTENSION_GET_EXTENSIONS, EXTENSION_GET_EXTENSION
);
list_get_group!(
    /// Sites.
    Sites, sites, SiteModel, SITE_GET_SITES, SITE_GET_SITE
);
list_get_group!(
    /// Mail servers.
    MailServers, mail_servers, MailServerModel, MAIL_SERVER_GET_MAIL_SERVERS, MAIL_SERVER_GET_MAIL_SERVER
);
list_get_group!(
    /// Reason codes (busy, do not disturb).
    ReasonCodes, reason_codes, ReasonCodeModel, REASON_CODE_GET_REASON_CODES, REASON_CODE_GET_REASON_CODE
);
list_get_group!(
    /// Warning reasons.
    WarningReasons, warning_reasons, WarningReasonModel, WARNING_REASON_GET_WARNING_REASONS, WARNING_REASON_GET_WARNING_REASON
);
list_get_group!(
    /// IVR prompts.
    Prompts, prompts, PromptModel, PROMPT_GET_PROMPTS, PROMPT_GET_PROMPT
);
list_get_group!(
    /// Routing variables.
    Variables, variables, VariableModel, VARIABLES_GET_VARIABLES, VARIABLES_GET_VARIABLE
);

group!(
    /// Media servers (voice, email, chat, SMS, open media).
    MediaServers, media_servers
);

impl<'c, P: Platform + 'static> MediaServers<'c, P> {
    pub fn list(&self) -> Call<'c, P, HalPage<MediaServerModel>> {
        call(self.client, &ops::MEDIA_SERVER_GET_MEDIA_SERVERS, &[])
    }
    pub fn get(&self, id: &str) -> Call<'c, P, MediaServerModel> {
        call(self.client, &ops::MEDIA_SERVER_GET_MEDIA_SERVER, &[id])
    }
    /// The current time of each media server, by id.
    pub fn times(&self) -> Call<'c, P, Map> {
        call(self.client, &ops::MEDIA_SERVER_GET_MEDIA_SERVER_TIMES, &[])
    }
}

group!(
    /// Cases.
    Cases, cases
);

impl<'c, P: Platform + 'static> Cases<'c, P> {
    pub fn list(&self) -> Call<'c, P, HalPage<CaseModel>> {
        call(self.client, &ops::CASES_GET_CASES, &[])
    }
    /// `month_year_created` like `122018`.
    pub fn get(&self, id: &str, month_year_created: &str) -> Call<'c, P, CaseModel> {
        call(self.client, &ops::CASES_GET_CASE, &[id, month_year_created])
    }
}

group!(
    /// Application profiles.
    ApplicationProfiles, application_profiles
);

impl<'c, P: Platform + 'static> ApplicationProfiles<'c, P> {
    pub fn list(&self, application: &str) -> Call<'c, P, HalPage<ApplicationProfileModel>> {
        call(
            self.client,
            &ops::APPLICATION_PROFILE_GET_APPLICATION_PROFILES,
            &[application],
        )
    }
    pub fn get(&self, application: &str, profile: &str) -> Call<'c, P, ApplicationProfileModel> {
        call(
            self.client,
            &ops::APPLICATION_PROFILE_GET_APPLICATION_PROFILE,
            &[application, profile],
        )
    }
}

impl<P: Platform + 'static> MiccClient<P> {
    /// The server's status and uptime.
    pub fn status(&self) -> Call<'_, P, ServerStatusModel> {
        call(self, &ops::STATUS_GET_STATUS, &[])
    }
}

group!(
    /// Global reply templates for email, chat and SMS.
    GlobalReplyTemplates, global_reply_templates
);

impl<'c, P: Platform + 'static> GlobalReplyTemplates<'c, P> {
    pub fn list(&self) -> Call<'c, P, HalPage<GlobalReplyTemplateModel>> {
        call(
            self.client,
            &ops::GLOBAL_REPLY_TEMPLATE_GET_GLOBAL_REPLY_TEMPLATES,
            &[],
        )
    }
    pub fn create(
        &self,
        template: &GlobalReplyTemplateModel,
    ) -> Call<'c, P, GlobalReplyTemplateModel> {
        call(
            self.client,
            &ops::GLOBAL_REPLY_TEMPLATE_CREATE_GLOBAL_REPLY_TEMPLATE,
            &[],
        )
        .with_body(template)
    }
    pub fn get(&self, id: &str) -> Call<'c, P, GlobalReplyTemplateModel> {
        call(
            self.client,
            &ops::GLOBAL_REPLY_TEMPLATE_GET_GLOBAL_REPLY_TEMPLATE,
            &[id],
        )
    }
    pub fn update(
        &self,
        id: &str,
        template: &GlobalReplyTemplateModel,
    ) -> Call<'c, P, GlobalReplyTemplateModel> {
        call(
            self.client,
            &ops::GLOBAL_REPLY_TEMPLATE_UPDATE_GLOBAL_REPLY_TEMPLATE,
            &[id],
        )
        .with_body(template)
    }
    pub fn delete(&self, id: &str) -> Call<'c, P, String> {
        call(
            self.client,
            &ops::GLOBAL_REPLY_TEMPLATE_DELETE_GLOBAL_REPLY_TEMPLATE,
            &[id],
        )
    }
    pub fn tags(&self) -> Call<'c, P, HalPage<HalResource>> {
        call(
            self.client,
            &ops::GLOBAL_REPLY_TEMPLATE_GET_GLOBAL_REPLY_TEMPLATE_TAGS,
            &[],
        )
    }
}

group!(
    /// Webhooks and call recordings.
    Webhooks, webhooks
);

impl<'c, P: Platform + 'static> Webhooks<'c, P> {
    pub fn register(&self, hook: &WebhookModel) -> Call<'c, P, String> {
        call(self.client, &ops::WEB_HOOK_REGISTER_WEBHOOK, &[]).with_body(hook)
    }
    pub fn list(&self) -> Call<'c, P, WebhookListModel> {
        call(self.client, &ops::WEB_HOOK_GET_WEBHOOKS, &[])
    }
    pub fn oscms_extensions(&self) -> Call<'c, P, Vec<Value>> {
        call(self.client, &ops::WEB_HOOK_GET_OSCMS_EXTENSIONS, &[])
    }
    pub fn call_recordings(
        &self,
        case_id: &str,
        call_id: &str,
    ) -> Call<'c, P, HalPage<HalResource>> {
        call(
            self.client,
            &ops::WEB_HOOK_GET_CALL_RECORDINGS,
            &[case_id, call_id],
        )
    }
    pub fn download_recording(&self, recording_id: &str) -> Call<'c, P, String> {
        call(
            self.client,
            &ops::WEB_HOOK_DOWNLOAD_RECORDING,
            &[recording_id],
        )
    }
    pub fn play_recording(&self, recording_id: &str) -> Call<'c, P, String> {
        call(self.client, &ops::WEB_HOOK_PLAY_RECORDING, &[recording_id])
    }
}

/// The personal reply template operations of a media group (chat, email, SMS).
macro_rules! reply_templates {
    ($group:ident, $folders:ident, $list:ident, $base:ident, $one:ident, $names:ident, $content:ident) => {
        impl<'c, P: Platform + 'static> $group<'c, P> {
            pub fn reply_template_folders(&self) -> Call<'c, P, ReplyTemplateFolderModel> {
                call(self.client, &ops::$folders, &[])
            }
            pub fn reply_templates(&self) -> Call<'c, P, Vec<Value>> {
                call(self.client, &ops::$list, &[])
            }
            pub fn reply_templates_base_directory(&self) -> Call<'c, P, String> {
                call(self.client, &ops::$base, &[])
            }
            pub fn reply_template(&self, file_path: &str) -> Call<'c, P, ReplyTemplateModel> {
                call(self.client, &ops::$one, &[]).param("filePath", file_path)
            }
            pub fn reply_template_file_names(&self) -> Call<'c, P, Vec<Value>> {
                call(self.client, &ops::$names, &[])
            }
            pub fn reply_template_content(
                &self,
                file_name: &str,
            ) -> Call<'c, P, ReplyTemplateContentModel> {
                call(self.client, &ops::$content, &[]).param("fileName", file_name)
            }
        }
    };
}

/// Whether the server can reach a reply template file or directory (chat and email).
macro_rules! reply_template_access {
    ($group:ident, $file:ident, $dir:ident) => {
        impl<'c, P: Platform + 'static> $group<'c, P> {
            pub fn check_reply_template_file_access(&self, file_path: &str) -> Call<'c, P, String> {
                call(self.client, &ops::$file, &[]).param("filePath", file_path)
            }
            pub fn check_reply_template_directory_access(
                &self,
                file_path: &str,
            ) -> Call<'c, P, String> {
                call(self.client, &ops::$dir, &[]).param("filePath", file_path)
            }
        }
    };
}

group!(
    /// Chat: reply templates and Cloudlink transcripts.
    Chat, chat
);
reply_templates!(
    Chat,
    CHAT_GET_REPLY_TEMPLATE_FOLDERS,
    CHAT_GET_REPLY_TEMPLATES,
    CHAT_GET_REPLY_TEMPLATES_BASE_DIRECTORY,
    CHAT_GET_REPLY_TEMPLATE,
    CHAT_GET_REPLY_TEMPLATE_FILE_NAMES,
    CHAT_GET_REPLY_TEMPLATE_CONTENT
);
reply_template_access!(
    Chat,
    CHAT_CHECK_REPLY_TEMPLATE_FILE_ACCESS,
    CHAT_CHECK_REPLY_TEMPLATE_DIRECTORY_ACCESS
);

impl<'c, P: Platform + 'static> Chat<'c, P> {
    pub fn cloudlink_transcript_ready(&self, interaction_id: &str) -> Call<'c, P, bool> {
        call(
            self.client,
            &ops::CHAT_PEEK_CLOUDLINK_TRANSCRIPT,
            &[interaction_id],
        )
    }
    pub fn cloudlink_chat_tag(&self, interaction_id: &str, tag_id: &str) -> Call<'c, P, bool> {
        call(
            self.client,
            &ops::CHAT_GET_CLOUDLINK_CHAT_TAG,
            &[interaction_id, tag_id],
        )
    }
    pub fn cloudlink_transcript(
        &self,
        interaction_id: &str,
        employee_id: &str,
    ) -> Call<'c, P, CloudlinkTranscriptModel> {
        call(
            self.client,
            &ops::CHAT_GET_CLOUDLINK_TRANSCRIPT,
            &[interaction_id, employee_id],
        )
    }
}

group!(
    /// Email: messages, their parts, sender queues and reply templates.
    Email, email
);
reply_templates!(
    Email,
    EMAIL_GET_REPLY_TEMPLATE_FOLDERS,
    EMAIL_GET_REPLY_TEMPLATES,
    EMAIL_GET_REPLY_TEMPLATES_BASE_DIRECTORY,
    EMAIL_GET_REPLY_TEMPLATE,
    EMAIL_GET_REPLY_TEMPLATE_FILE_NAMES,
    EMAIL_GET_REPLY_TEMPLATE_CONTENT
);
reply_template_access!(
    Email,
    EMAIL_CHECK_REPLY_TEMPLATE_FILE_ACCESS,
    EMAIL_CHECK_REPLY_TEMPLATE_DIRECTORY_ACCESS
);

impl<'c, P: Platform + 'static> Email<'c, P> {
    /// A reusable email for the recipient `to`.
    pub fn reusable(&self, to: &str) -> Call<'c, P, HalPage<ConversationModel>> {
        call(self.client, &ops::EMAIL_GET_REUSABLE_EMAIL, &[]).param("to", to)
    }
    /// `kind` is one of FailedSendDraft, BounceDetectedDraft, ForwardDraft, NewDraft,
    /// ReplyDraft, Worktimer, Preview, PreviewQueueDraft.
    pub fn get(
        &self,
        conversation_id: &str,
        kind: &str,
        month_year_created: &str,
    ) -> Call<'c, P, HalPage<ConversationModel>> {
        call(
            self.client,
            &ops::EMAIL_GET_EMAIL,
            &[conversation_id, kind, month_year_created],
        )
    }
    pub fn image(&self, conversation_id: &str, resource_id: &str) -> Call<'c, P, String> {
        call(
            self.client,
            &ops::EMAIL_GET_EMAIL_IMAGE,
            &[conversation_id, resource_id],
        )
    }
    pub fn attachment(&self, conversation_id: &str, file_name: &str) -> Call<'c, P, String> {
        call(
            self.client,
            &ops::EMAIL_GET_EMAIL_ATTACHMENT,
            &[conversation_id],
        )
        .param("fileName", file_name)
    }
    pub fn from_queues(&self, conversation_id: &str) -> Call<'c, P, HalPage<QueueModel>> {
        call(self.client, &ops::EMAIL_GET_FROM_QUEUES, &[conversation_id])
    }
}

group!(
    /// SMS: sender queues and reply templates.
    Sms, sms
);
reply_templates!(
    Sms,
    SMS_GET_REPLY_TEMPLATE_FOLDERS,
    SMS_GET_REPLY_TEMPLATES,
    SMS_GET_REPLY_TEMPLATES_BASE_DIRECTORY,
    SMS_GET_REPLY_TEMPLATE,
    SMS_GET_REPLY_TEMPLATE_FILE_NAMES,
    SMS_GET_REPLY_TEMPLATE_CONTENT
);

impl<'c, P: Platform + 'static> Sms<'c, P> {
    pub fn from_queues(&self) -> Call<'c, P, HalPage<QueueModel>> {
        call(self.client, &ops::SMS_GET_FROM_QUEUES, &[])
    }
}

group!(
    /// Diagnostics (experimental): monitors, router commands, problem reports.
    Diagnostics, diagnostics
);

impl<'c, P: Platform + 'static> Diagnostics<'c, P> {
    pub fn employee_state_monitor_count(&self, employee: &str) -> Call<'c, P, String> {
        call(
            self.client,
            &ops::DIAGNOSTICS_GET_EMPLOYEE_STATE_MONITOR_COUNT,
            &[employee],
        )
    }
    pub fn add_employee_state_monitor(
        &self,
        employee: &str,
        skip_if_contained: bool,
    ) -> Call<'c, P, String> {
        call(
            self.client,
            &ops::DIAGNOSTICS_ADD_EMPLOYEE_STATE_MONITOR,
            &[employee, bool_str(skip_if_contained)],
        )
    }
    pub fn remove_employee_state_monitor(&self, employee: &str) -> Call<'c, P, String> {
        call(
            self.client,
            &ops::DIAGNOSTICS_REMOVE_EMPLOYEE_STATE_MONITOR,
            &[employee],
        )
    }
    pub fn agent_state_monitor_count(&self, employee: &str) -> Call<'c, P, String> {
        call(
            self.client,
            &ops::DIAGNOSTICS_GET_AGENT_STATE_MONITOR_COUNT,
            &[employee],
        )
    }
    pub fn add_agent_state_monitors(
        &self,
        employee: &str,
        skip_if_contained: bool,
    ) -> Call<'c, P, String> {
        call(
            self.client,
            &ops::DIAGNOSTICS_ADD_AGENT_STATE_MONITORS,
            &[employee, bool_str(skip_if_contained)],
        )
    }
    pub fn remove_agent_state_monitors(&self, employee: &str) -> Call<'c, P, String> {
        call(
            self.client,
            &ops::DIAGNOSTICS_REMOVE_AGENT_STATE_MONITORS,
            &[employee],
        )
    }
    pub fn agent_inbox_monitor_count(&self, employee: &str) -> Call<'c, P, String> {
        call(
            self.client,
            &ops::DIAGNOSTICS_GET_AGENT_INBOX_MONITOR_COUNT,
            &[employee],
        )
    }
    pub fn add_agent_inbox_monitors(
        &self,
        employee: &str,
        skip_if_contained: bool,
    ) -> Call<'c, P, String> {
        call(
            self.client,
            &ops::DIAGNOSTICS_ADD_AGENT_INBOX_MONITORS,
            &[employee, bool_str(skip_if_contained)],
        )
    }
    pub fn remove_agent_inbox_monitors(&self, employee: &str) -> Call<'c, P, String> {
        call(
            self.client,
            &ops::DIAGNOSTICS_REMOVE_AGENT_INBOX_MONITORS,
            &[employee],
        )
    }
    pub fn router_command(&self, command: &RouterDiagnosticCommandModel) -> Call<'c, P, String> {
        call(self.client, &ops::DIAGNOSTICS_RUN_ROUTER_COMMAND, &[]).with_body(command)
    }
    pub fn signalr_connections(&self, id: &str) -> Call<'c, P, Vec<Value>> {
        call(
            self.client,
            &ops::DIAGNOSTICS_GET_SIGNALR_CONNECTIONS_BY_ID,
            &[id],
        )
    }
    pub fn problem_report(&self, report: &ProblemReportModel) -> Call<'c, P, String> {
        call(self.client, &ops::DIAGNOSTICS_POST_PROBLEM_REPORT, &[]).with_body(report)
    }
}

fn bool_str(b: bool) -> &'static str {
    if b { "true" } else { "false" }
}
