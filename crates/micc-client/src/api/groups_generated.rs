// @generated from crates/micc-api/spec/openapi.json by crates/micc-api/src/codegen/.
// Do not edit: cargo run -p micc-api --features codegen --example gen_client

//! The resource groups (see [`super`]).

use serde_json::Value;

use super::{Call, Map, bool_str, call};
use crate::api::ops;
use crate::client::MiccClient;
use crate::hal::HalPage;
use crate::http::Platform;
use crate::models::*;

group!(
    /// Queues: "Queue Now" statistics and waiting conversations.
    Queues, queues
);

impl<'c, P: Platform + 'static> Queues<'c, P> {
    /// Get all queues
    ///
    /// Access control: Requires "May view real-time information on the devices contained in this list only"
    ///
    /// `GET /queues` (`Queue_GetQueues`): the path and method are inferred from the reference, not seen on a real server.
    pub fn list(&self) -> Call<'c, P, HalPage<QueueModel>> {
        call(self.client, &ops::QUEUE_GET_QUEUES, &[])
    }
    /// Get my queues states. Commonly referred to as "Queue Now".
    ///
    /// Queue Now of every queue the caller may see.
    ///
    /// Access control: Requires "May view real-time information on the devices contained in this list only"
    ///
    /// `GET /queues/state` (`Queue_GetQueueStates`).
    pub fn states(&self) -> Call<'c, P, HalPage<QueueState>> {
        call(self.client, &ops::QUEUE_GET_QUEUE_STATES, &[])
    }
    /// Get a queue
    ///
    /// `id` is the queue's id, name or reporting number.
    ///
    /// Access control: Requires "May view real-time information on the devices contained in this list only"
    ///
    /// `GET /queues/{id}` (`Queue_GetQueue`): the path and method are inferred from the reference, not seen on a real server.
    pub fn get(&self, id: &str) -> Call<'c, P, QueueModel> {
        call(self.client, &ops::QUEUE_GET_QUEUE, &[id])
    }
    /// Delete a queue
    ///
    /// Access control: YourSite Explorer, Device Configuration, Full Control
    ///
    /// `DELETE /queues/{id}` (`Queue_DeleteQueue`): the path and method are inferred from the reference, not seen on a real server.
    pub fn delete(&self, id: &str) -> Call<'c, P, String> {
        call(self.client, &ops::QUEUE_DELETE_QUEUE, &[id])
    }
    /// Get a queue's state. Commonly referred to as "Queue Now".
    ///
    /// Queue Now of one queue.
    ///
    /// Access control: Requires "May view real-time information on the devices contained in this list only"
    ///
    /// `GET /queues/{id}/state` (`Queue_GetQueueState`).
    pub fn state(&self, id: &str) -> Call<'c, P, QueueState> {
        call(self.client, &ops::QUEUE_GET_QUEUE_STATE, &[id])
    }
    /// Get conversations currently waiting in queue
    ///
    /// Conversations waiting in the queue.
    ///
    /// Access control: Requires "May view real-time information on the devices contained in this list only"
    ///
    /// `GET /queues/{id}/conversations` (`Queue_GetQueueConversations`).
    pub fn conversations(&self, id: &str) -> Call<'c, P, HalPage<ConversationModel>> {
        call(self.client, &ops::QUEUE_GET_QUEUE_CONVERSATIONS, &[id])
    }
    /// Update a list of conversations currently waiting in queue. Email operations like Junk and No Reply are supported.
    ///
    /// Access control: Requires "May view real-time information on the devices contained in this list only"
    ///
    /// `PUT /queues/{id}/conversations` (`Queue_UpdateQueueConversations`): the method is inferred from the reference, not seen on a real server.
    pub fn update_conversations(&self, id: &str, updates: &[ConversationUpdateModel]) -> Call<'c, P, String> {
        call(self.client, &ops::QUEUE_UPDATE_QUEUE_CONVERSATIONS, &[id])
            .with_body(&updates)
    }
    /// Get a conversation details waiting in a queue
    ///
    /// Access control: Requires "May view real-time information on the devices contained in this list only"
    ///
    /// `GET /queues/{id}/conversations/{conversationId}` (`Queue_GetQueueConversation`): the method is inferred from the reference, not seen on a real server.
    pub fn conversation(&self, id: &str, conversation_id: &str) -> Call<'c, P, ConversationModel> {
        call(self.client, &ops::QUEUE_GET_QUEUE_CONVERSATION, &[id, conversation_id])
    }
    /// Update a conversation waiting in a queue
    ///
    /// E.g. `Pick` a waiting conversation.
    ///
    /// Access control: Requires "May view real-time information on the devices contained in this list only"
    ///
    /// `PUT /queues/{id}/conversations/{conversationId}` (`Queue_UpdateQueueConversation`).
    pub fn update_conversation(&self, id: &str, conversation_id: &str, update: &ConversationUpdateModel) -> Call<'c, P, String> {
        call(self.client, &ops::QUEUE_UPDATE_QUEUE_CONVERSATION, &[id, conversation_id])
            .with_body(update)
    }
}

group!(
    /// Queue groups: aggregated Queue Now of several queues.
    QueueGroups, queue_groups
);

impl<'c, P: Platform + 'static> QueueGroups<'c, P> {
    /// Get all members of a queue group.
    ///
    /// Access control: May view real-time information on the devices contained in this list only
    ///
    /// `GET /queuegroups/{id}/members` (`Queue_GetQueueGroupMembers`): the path and method are inferred from the reference, not seen on a real server.
    pub fn members(&self, id: &str) -> Call<'c, P, HalPage<QueueModel>> {
        call(self.client, &ops::QUEUE_GET_QUEUE_GROUP_MEMBERS, &[id])
    }
    /// `GET /queuegroups/state` (`Queue_GetGroupStates`): the path and method are inferred from the reference, not seen on a real server.
    pub fn states(&self) -> Call<'c, P, HalPage<QueueState>> {
        call(self.client, &ops::QUEUE_GET_GROUP_STATES, &[])
    }
    /// Get a queue group state. Commonly referred to as "Queue Now".
    ///
    /// Access control: Requires "May view real-time information on the devices contained in this list only"
    ///
    /// `GET /queuegroups/{id}/state` (`Queue_GetGroupState`): the path and method are inferred from the reference, not seen on a real server.
    pub fn state(&self, id: &str) -> Call<'c, P, QueueState> {
        call(self.client, &ops::QUEUE_GET_GROUP_STATE, &[id])
    }
    /// Get a conversation details waiting in a queue group
    ///
    /// Access control: Requires "May view real-time information on the devices contained in this list only"
    ///
    /// `GET /queuegroups/{qid}/conversations/{cid}` (`Queue_GetGroupConversation`): the path and method are inferred from the reference, not seen on a real server.
    pub fn conversation(&self, group_id: &str, conversation_id: &str) -> Call<'c, P, ConversationModel> {
        call(self.client, &ops::QUEUE_GET_GROUP_CONVERSATION, &[group_id, conversation_id])
    }
}

group!(
    /// Agents: an employee's ACD identity on one media, and their real-time states.
    Agents, agents
);

impl<'c, P: Platform + 'static> Agents<'c, P> {
    /// Get all agents. "$expand" options are limited to two expands. Only singular options can be expanded.
    ///
    /// Access control: May view real-time information on the devices contained in this list only
    ///
    /// `GET /agents` (`Agent_GetAgents`): the path and method are inferred from the reference, not seen on a real server.
    pub fn list(&self) -> Call<'c, P, HalPage<AgentModel>> {
        call(self.client, &ops::AGENT_GET_AGENTS, &[])
    }
    /// Get agent states.
    ///
    /// Access control: Requires "May view real-time information on the devices contained in this list only"
    ///
    /// `GET /agents/states` (`Agent_GetAgentStates`).
    pub fn states(&self) -> Call<'c, P, HalPage<AgentState>> {
        call(self.client, &ops::AGENT_GET_AGENT_STATES, &[])
    }
    /// Get an agent.
    ///
    /// Access control: May view real-time information on the devices contained in this list only
    ///
    /// `GET /agents/{id}` (`Agent_GetAgent`): the path and method are inferred from the reference, not seen on a real server.
    pub fn get(&self, id: &str) -> Call<'c, P, AgentModel> {
        call(self.client, &ops::AGENT_GET_AGENT, &[id])
    }
    /// Get the state of an agent.
    ///
    /// Access control: May view real-time information on the devices contained in this list only
    ///
    /// `GET /agents/{id}/state` (`Agent_GetAgentState`): the path and method are inferred from the reference, not seen on a real server.
    pub fn state(&self, id: &str) -> Call<'c, P, AgentState> {
        call(self.client, &ops::AGENT_GET_AGENT_STATE, &[id])
    }
    /// Get concurrent agent logins and license information.
    ///
    /// `GET /agents/licenses` (`Agent_GetLicenseInfo`): the path and method are inferred from the reference, not seen on a real server.
    pub fn licenses(&self) -> Call<'c, P, LicenseInfoModel> {
        call(self.client, &ops::AGENT_GET_LICENSE_INFO, &[])
    }
    /// Get the Integrated Softphone information of an agent.
    ///
    /// `GET /agents/{id}/integratedsoftphone` (`Agent_GetIntegratedSoftphone`): the path and method are inferred from the reference, not seen on a real server.
    pub fn integrated_softphone(&self, id: &str) -> Call<'c, P, IntegratedSoftphoneModel> {
        call(self.client, &ops::AGENT_GET_INTEGRATED_SOFTPHONE, &[id])
    }
}

group!(
    /// Agent groups and the agents in them.
    AgentGroups, agent_groups
);

impl<'c, P: Platform + 'static> AgentGroups<'c, P> {
    /// `GET /agentgroups` (`Agent_GetAgentGroups`): the path and method are inferred from the reference, not seen on a real server.
    pub fn list(&self) -> Call<'c, P, HalPage<AgentGroupModel>> {
        call(self.client, &ops::AGENT_GET_AGENT_GROUPS, &[])
    }
    /// Get an agent group.
    ///
    /// Access control: May view real-time information on the devices contained in this list only
    ///
    /// `GET /agentgroups/{id}` (`Agent_GetAgentGroup`): the path and method are inferred from the reference, not seen on a real server.
    pub fn get(&self, id: &str) -> Call<'c, P, AgentGroupModel> {
        call(self.client, &ops::AGENT_GET_AGENT_GROUP, &[id])
    }
    /// Get all agent states for an agent group.
    ///
    /// Access control: May view real-time information on the devices contained in this list only
    ///
    /// `GET /agentgroups/{id}/states` (`Agent_GetAgentGroupStates`): the path and method are inferred from the reference, not seen on a real server.
    pub fn states(&self, id: &str) -> Call<'c, P, HalPage<AgentState>> {
        call(self.client, &ops::AGENT_GET_AGENT_GROUP_STATES, &[id])
    }
    /// Get all agents members of an agent group.
    ///
    /// Access control: May view real-time information on the devices contained in this list only
    ///
    /// `GET /agentgroups/{id}/agents` (`Agent_GetAgentGroupAgents`): the path and method are inferred from the reference, not seen on a real server.
    pub fn agents(&self, id: &str) -> Call<'c, P, HalPage<AgentModel>> {
        call(self.client, &ops::AGENT_GET_AGENT_GROUP_AGENTS, &[id])
    }
}

group!(
    /// Employees; `me()` is the token's own employee.
    Employees, employees
);

impl<'c, P: Platform + 'static> Employees<'c, P> {
    /// Get all employees. "$expand" options are limited to two expands. Only singular options can be expanded.
    ///
    /// Access control: May view real-time information on the devices contained in this list only
    ///
    /// `GET /employees` (`Employee_GetEmployees`): the path and method are inferred from the reference, not seen on a real server.
    pub fn list(&self) -> Call<'c, P, HalPage<EmployeeModel>> {
        call(self.client, &ops::EMPLOYEE_GET_EMPLOYEES, &[])
    }
    /// Update the state of a list of employees
    ///
    /// Sets the state of several employees at once.
    ///
    /// Access control: Requires "May change the real-time states of agents and queues in Interactive Contact Center"
    ///
    /// `PUT /employees/state` (`Employee_UpdateEmployeeStates`): the path and method are inferred from the reference, not seen on a real server.
    pub fn update_states(&self, states: &[EmployeeStateUpdateModel]) -> Call<'c, P, String> {
        call(self.client, &ops::EMPLOYEE_UPDATE_EMPLOYEE_STATES, &[])
            .with_body(&states)
    }
    /// The caller's own employee.
    pub fn me(&self) -> Employee<'c, P> {
        Employee {
            client: self.client,
            id: "me".to_owned(),
        }
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
    /// Get an employee. Supports "$expand" up to two expansions. Example: "/employee/me?$expand=state" returns the employee with their state expanded in the embedded details
    ///
    /// Access control: May view real-time information on the devices contained in this list only
    ///
    /// `GET /employees/{id}` (`Employee_GetEmployee`): the path and method are inferred from the reference, not seen on a real server.
    pub fn get(&self) -> Call<'c, P, EmployeeModel> {
        call(self.client, &ops::EMPLOYEE_GET_EMPLOYEE, &[self.id.as_str()])
    }
    /// Upload user profile picture
    ///
    /// Access control: Using "me" is always allowed.
    ///
    /// `POST /employees/{id}/photo` (`Employee_UploadProfilePicture`): the path and method are inferred from the reference, not seen on a real server.
    pub fn upload_photo(&self, photo: &FileUploadModel) -> Call<'c, P, String> {
        call(self.client, &ops::EMPLOYEE_UPLOAD_PROFILE_PICTURE, &[self.id.as_str()])
            .with_body(photo)
    }
    /// Get agent groups for an employee
    ///
    /// Access control: May view real-time information on the devices contained in this list only
    ///
    /// `GET /employees/{id}/agentgroups` (`Employee_GetEmployeeAgentGroups`): the path and method are inferred from the reference, not seen on a real server.
    pub fn agent_groups(&self) -> Call<'c, P, HalPage<AgentGroupModel>> {
        call(self.client, &ops::EMPLOYEE_GET_EMPLOYEE_AGENT_GROUPS, &[self.id.as_str()])
    }
    /// Get queues for an employee
    ///
    /// Access control: Requires "May view real-time information on the devices contained in this list only"
    ///
    /// `GET /employees/{id}/queues` (`Employee_GetEmployeeQueues`): the path and method are inferred from the reference, not seen on a real server.
    pub fn queues(&self) -> Call<'c, P, HalPage<QueueModel>> {
        call(self.client, &ops::EMPLOYEE_GET_EMPLOYEE_QUEUES, &[self.id.as_str()])
    }
    /// Get extensions for an employee
    ///
    /// Access control: Requires "May view real-time information on the devices contained in this list only"
    ///
    /// `GET /employees/{id}/extensions` (`Employee_GetEmployeeExtensions`): the path and method are inferred from the reference, not seen on a real server.
    pub fn extensions(&self) -> Call<'c, P, HalPage<ExtensionModel>> {
        call(self.client, &ops::EMPLOYEE_GET_EMPLOYEE_EXTENSIONS, &[self.id.as_str()])
    }
    /// Get the state of an employee. Note that the agent presences are snapshots from the last employee state changed event. If an agent state change does not affect the overriding employee state, it will not be updated on this object until the next employee state change.
    ///
    /// Presence and today's counts.
    ///
    /// Access control: May view real-time information on the devices contained in this list only
    ///
    /// `GET /employees/{id}/state` (`Employee_GetEmployeeState`).
    pub fn state(&self) -> Call<'c, P, EmployeeState> {
        call(self.client, &ops::EMPLOYEE_GET_EMPLOYEE_STATE, &[self.id.as_str()])
    }
    /// Update the state of an employee
    ///
    /// Log in or out, set busy with a reason, do not disturb...
    ///
    /// Access control: Using "me" is always allowed. Anything else requires "May change the real-time states of agents and queues in Interactive Contact Center"
    ///
    /// `PUT /employees/{id}/state` (`Employee_UpdateEmployeeState`).
    pub fn set_state(&self, state: &EmployeeStateUpdateModel) -> Call<'c, P, String> {
        call(self.client, &ops::EMPLOYEE_UPDATE_EMPLOYEE_STATE, &[self.id.as_str()])
            .with_body(state)
    }
    /// Get the agent group precense of an employee
    ///
    /// Access control: Requires "May view real-time information on the devices contained in this list only"
    ///
    /// `GET /employees/{id}/agentgrouppresence` (`Employee_GetAgentGroupPresence`).
    pub fn agent_group_presence(&self) -> Call<'c, P, HalPage<EmployeeAgentGroupModel>> {
        call(self.client, &ops::EMPLOYEE_GET_AGENT_GROUP_PRESENCE, &[self.id.as_str()])
    }
    /// Update the agent group presence of an employee
    ///
    /// Access control: Using "me" requires "May control my real-time presence status in ICC". Anything else requires "May control real-time presene of devices contained in this list only".
    ///
    /// `PUT /employees/{id}/agentgrouppresence` (`Employee_UpdateAgentGroupPresence`).
    pub fn set_agent_group_presence(&self, presence: &HalPage<EmployeeAgentGroupModel>) -> Call<'c, P, String> {
        call(self.client, &ops::EMPLOYEE_UPDATE_AGENT_GROUP_PRESENCE, &[self.id.as_str()])
            .with_body(presence)
    }
    /// Get the agent group presence of an employee for a particular group
    ///
    /// Access control: Requires "May view real-time information on the devices contained in this list only"
    ///
    /// `GET /employees/{id}/agentgrouppresence/{groupid}` (`Employee_GetAgentGroupPresenceForGroup`): the method is inferred from the reference, not seen on a real server.
    pub fn agent_group_presence_in(&self, group: &str) -> Call<'c, P, HalPage<EmployeeAgentGroupModel>> {
        call(self.client, &ops::EMPLOYEE_GET_AGENT_GROUP_PRESENCE_FOR_GROUP, &[self.id.as_str(), group])
    }
    /// Update the agent group presence of an employee
    ///
    /// Access control: Using "me" requires "May control my real-time presence status in ICC". Anything else requires "May control real-time presene of devices contained in this list only".
    ///
    /// `PUT /employees/{id}/agentgrouppresence/{groupid}` (`Employee_UpdateAgentGroupPresenceForGroup`).
    pub fn set_agent_group_presence_in(&self, group: &str, presence: &EmployeeAgentGroupModel) -> Call<'c, P, String> {
        call(self.client, &ops::EMPLOYEE_UPDATE_AGENT_GROUP_PRESENCE_FOR_GROUP, &[self.id.as_str(), group])
            .with_body(presence)
    }
    /// Get all "Busy" and "Do Not Disturb" reason codes allowed for an employee
    ///
    /// Reason codes of type Busy and Dnd the employee may use.
    ///
    /// Access control: Requires "May view real-time information on the devices contained in this list only"
    ///
    /// `GET /employees/{id}/busyreasoncodes` (`Employee_GetBusyReasonCodes`).
    pub fn busy_reason_codes(&self) -> Call<'c, P, HalPage<ReasonCodeModel>> {
        call(self.client, &ops::EMPLOYEE_GET_BUSY_REASON_CODES, &[self.id.as_str()])
    }
    /// Get all account codes allowed for an employee
    ///
    /// Access control: Requires "May view real-time information on the devices contained in this list only"
    ///
    /// `GET /employees/{id}/accountcodes` (`Employee_GetAccountCodes`): the path and method are inferred from the reference, not seen on a real server.
    pub fn account_codes(&self) -> Call<'c, P, HalPage<HalResource>> {
        call(self.client, &ops::EMPLOYEE_GET_ACCOUNT_CODES, &[self.id.as_str()])
    }
    /// Get all greetings for an employee. By default, the names are empty.
    ///
    /// Access control: Requires "May view real-time information on the devices contained in this list only"
    ///
    /// `GET /employees/{id}/greetings` (`Employee_GetGreetings`): the path and method are inferred from the reference, not seen on a real server.
    pub fn greetings(&self) -> Call<'c, P, EmployeeGreetingsModel> {
        call(self.client, &ops::EMPLOYEE_GET_GREETINGS, &[self.id.as_str()])
    }
    /// Start an outbound call to an agent to record their default greeting or a queue greeting
    ///
    /// Access control: Using "me" is always allowed. Third party requests are deined
    ///
    /// `POST /employees/{id}/greetings/recording` (`Employee_StartGreetingRecording`): the path and method are inferred from the reference, not seen on a real server.
    pub fn start_greeting_recording(&self, recording: &GreetingRecordingModel) -> Call<'c, P, String> {
        call(self.client, &ops::EMPLOYEE_START_GREETING_RECORDING, &[self.id.as_str()])
            .with_body(recording)
    }
    /// Updates an employee's agent greeting
    ///
    /// Access control: Using "me" is always allowed. Third party requests are deined
    ///
    /// `PUT /employees/{id}/greetings/{actionName}/{fileToDelete}` (`Employee_UpdateGreeting`): the path and method are inferred from the reference, not seen on a real server.
    pub fn update_greeting(&self, action: &str, file_to_delete: &str, greetings: &EmployeeGreetingsModel) -> Call<'c, P, String> {
        call(self.client, &ops::EMPLOYEE_UPDATE_GREETING, &[self.id.as_str(), action, file_to_delete])
            .with_body(greetings)
    }
    /// Get active conversations in an employee's inbox
    ///
    /// The inbox: active conversations (and drafts, failed items with `param("type", ..)`).
    ///
    /// Access control: Using "me" is always allowed. A supervisor license is required for anything else.
    ///
    /// `GET /employees/{id}/conversations` (`Employee_GetConversations`): the method is inferred from the reference, not seen on a real server.
    pub fn conversations(&self) -> Call<'c, P, HalPage<ConversationModel>> {
        call(self.client, &ops::EMPLOYEE_GET_CONVERSATIONS, &[self.id.as_str()])
    }
    /// Update a list of conversations in an employees inbox
    ///
    /// Access control: Using "me" is always allowed. Supervisors are allowed to transfer any conversation.
    ///
    /// `PUT /employees/{id}/conversations` (`Employee_UpdateConversations`): the method is inferred from the reference, not seen on a real server.
    pub fn update_conversations(&self, updates: &[ConversationUpdateModel]) -> Call<'c, P, String> {
        call(self.client, &ops::EMPLOYEE_UPDATE_CONVERSATIONS, &[self.id.as_str()])
            .with_body(&updates)
    }
    /// Start a new conversation (Voice, SMS) or initiate a silent monitor session
    ///
    /// Starts an outbound conversation; answers its id.
    ///
    /// Access control: Using "me" is always allowed. Third party requests are denied
    ///
    /// `POST /employees/{id}/conversations` (`Employee_StartConversation`).
    pub fn start_conversation(&self, request: &ConversationRequestModel) -> Call<'c, P, String> {
        call(self.client, &ops::EMPLOYEE_START_CONVERSATION, &[self.id.as_str()])
            .with_body(request)
    }
    /// Get a conversation
    ///
    /// Access control: Using "me" is always allowed. A supervisor license is required for anything else.
    ///
    /// `GET /employees/{id}/conversations/{conversationId}` (`Employee_GetConversation`): the method is inferred from the reference, not seen on a real server.
    pub fn conversation(&self, conversation_id: &str) -> Call<'c, P, ConversationModel> {
        call(self.client, &ops::EMPLOYEE_GET_CONVERSATION, &[self.id.as_str(), conversation_id])
    }
    /// Update a conversation in an employees inbox
    ///
    /// E.g. `Accept`, `Hold`, `End`.
    ///
    /// Access control: Using "me" is always allowed. Supervisors are allowed to transfer any conversation.
    ///
    /// `PUT /employees/{id}/conversations/{conversationId}` (`Employee_UpdateConversation`).
    pub fn update_conversation(&self, conversation_id: &str, update: &ConversationUpdateModel) -> Call<'c, P, String> {
        call(self.client, &ops::EMPLOYEE_UPDATE_CONVERSATION, &[self.id.as_str(), conversation_id])
            .with_body(update)
    }
}

group!(
    /// Active interactions in IVR, queues and with agents.
    Conversations, conversations
);

impl<'c, P: Platform + 'static> Conversations<'c, P> {
    /// Get active interactions currently being processed in the IVR, waiting in queue, and handled by agents.
    ///
    /// `GET /conversations` (`Conversations_GetConversations`): the path and method are inferred from the reference, not seen on a real server.
    pub fn list(&self) -> Call<'c, P, HalPage<ConversationModel>> {
        call(self.client, &ops::CONVERSATIONS_GET_CONVERSATIONS, &[])
    }
    /// Get a single interaction.
    ///
    /// `GET /conversations/{id}` (`Conversations_GetConversation`): the path and method are inferred from the reference, not seen on a real server.
    pub fn get(&self, id: &str) -> Call<'c, P, ConversationModel> {
        call(self.client, &ops::CONVERSATIONS_GET_CONVERSATION, &[id])
    }
    /// Allows variables to be inserted into the realtime stream that will get shown in WebIgnite
    ///
    /// `POST /conversations/{id}/calldetails` (`Conversations_AddCallDetails`): the path and method are inferred from the reference, not seen on a real server.
    pub fn add_call_details(&self, id: &str, details: &CallDetailsDataModel) -> Call<'c, P, CallDetailsDataModel> {
        call(self.client, &ops::CONVERSATIONS_ADD_CALL_DETAILS, &[id])
            .with_body(details)
    }
}

group!(
    /// Open media: items routed for third-party systems.
    OpenMedia, open_media
);

impl<'c, P: Platform + 'static> OpenMedia<'c, P> {
    /// Get all active open media items currently being executed in the system. For historical queries use $search='{search term}' to query previously executed open media items.
    ///
    /// Access control: May view real-time information on the devices contained in this list only
    ///
    /// `GET /openmedia` (`OpenMedia_GetOpenMediaItems`).
    pub fn list(&self) -> Call<'c, P, HalPage<OpenMediaConversationModel>> {
        call(self.client, &ops::OPEN_MEDIA_GET_OPEN_MEDIA_ITEMS, &[])
    }
    /// Create a new open media item to be routed. You can provide Contact information inside the “variableData” field (see below), such as “Name”, “Email”, “Phone” and “MobilePhone”, so the system can identify an existing contact or create a new one for this interaction.
    ///
    /// Posts an item to be routed (`201 Created`).
    ///
    /// `POST /openmedia` (`OpenMedia_CreateOpenMedia`).
    pub fn create(&self, item: &OpenMediaRequestModel) -> Call<'c, P, OpenMediaConversationModel> {
        call(self.client, &ops::OPEN_MEDIA_CREATE_OPEN_MEDIA, &[])
            .with_body(item)
    }
    /// Get an open media conversation. Note that conversation details are only returned if the conversation is in either an InQueue or ACD state. If a conversation is in either Failed or Handled states, then this method will not return conversation details, and will instead return 404/Not Found.
    ///
    /// `GET /openmedia/{id}` (`OpenMedia_GetOpenMedia`).
    pub fn get(&self, id: &str) -> Call<'c, P, OpenMediaConversationModel> {
        call(self.client, &ops::OPEN_MEDIA_GET_OPEN_MEDIA, &[id])
    }
    /// It is used to reroute a failed interaction by an employee or complete an interaction by a third party system. To complete an interaction, because the media item is unknown to the contact center it must be ended manually by the agent OR automatically by the third party. If an item is completed while it is in: 1) a queue waiting for routing then this is considered an abandoned item and the queue will be credited with an abandon. 2) the offered/ringing state in the agent's inbox then this is also considered an abandoned item. 3) the accepted/ACD state then it will be marked as handled item.
    ///
    /// Completes (or reroutes) an item.
    ///
    /// `PUT /openmedia/{id}` (`OpenMedia_UpdateOpenMedia`): the method is inferred from the reference, not seen on a real server.
    pub fn update(&self, id: &str, update: &OpenMediaUpdateRequestModel) -> Call<'c, P, String> {
        call(self.client, &ops::OPEN_MEDIA_UPDATE_OPEN_MEDIA, &[id])
            .with_body(update)
    }
    /// Get all active open media queues known to this system with links to active conversations in these queues.
    ///
    /// Access control: May view real-time information on the devices contained in this list only
    ///
    /// `GET /openmedia/queues` (`OpenMedia_GetOpenMediaQueues`): the path and method are inferred from the reference, not seen on a real server.
    pub fn queues(&self) -> Call<'c, P, HalPage<QueueModel>> {
        call(self.client, &ops::OPEN_MEDIA_GET_OPEN_MEDIA_QUEUES, &[])
    }
}

group!(
    /// The contact directory: employees, queues, contacts and Active Directory entries.
    Directory, directory
);

impl<'c, P: Platform + 'static> Directory<'c, P> {
    /// Get all directory entries. To filter by type, use ?$filter=Type eq Mitel.MiccSdk.Models.DirectoryEntryType'ElasticContact'. See DirectoryEntryType for the list of supported types.
    ///
    /// `GET /directory` (`Directory_GetDirectoryEntries`).
    pub fn list(&self) -> Call<'c, P, HalPage<DirectoryEntryModel>> {
        call(self.client, &ops::DIRECTORY_GET_DIRECTORY_ENTRIES, &[])
    }
    /// Create a new directory entry.
    ///
    /// `POST /directory` (`Directory_CreateDirectoryEntry`).
    pub fn create(&self, entry: &DirectoryEntryModel) -> Call<'c, P, DirectoryEntryModel> {
        call(self.client, &ops::DIRECTORY_CREATE_DIRECTORY_ENTRY, &[])
            .with_body(entry)
    }
    /// Get a single directory entry. If multiple matches are found, nothing is returned.
    ///
    /// `GET /directory/{id}` (`Directory_GetDirectoryEntry`): the method is inferred from the reference, not seen on a real server.
    pub fn get(&self, id: &str) -> Call<'c, P, DirectoryEntryModel> {
        call(self.client, &ops::DIRECTORY_GET_DIRECTORY_ENTRY, &[id])
    }
    /// Update a directory entry.
    ///
    /// `PUT /directory/{id}` (`Directory_UpdateDirectoryEntry`).
    pub fn update(&self, id: &str, entry: &DirectoryEntryModel) -> Call<'c, P, DirectoryEntryModel> {
        call(self.client, &ops::DIRECTORY_UPDATE_DIRECTORY_ENTRY, &[id])
            .with_body(entry)
    }
}

group!(
    /// Indexed interactions, historical or active (experimental in the reference).
    History, history
);

impl<'c, P: Platform + 'static> History<'c, P> {
    /// Get indexed interactions (historical or active). The "$search" option is mandatory in the request string. For instance, to find the last voice interaction handled by an agent in the UTC-5 time zone, call with these parameters $search='\_exists\_:lastagentid;media:Voice' $top=1 $orderby=timeOfferedToSystem desc offset=300 global=true
    ///
    /// Needs `.search(...)`, e.g. `_exists_:lastagentid;media:Voice`.
    ///
    /// Access control: May view real-time information on the devices contained in this list only
    ///
    /// `GET /history` (`History_GetHistory`): the path and method are inferred from the reference, not seen on a real server.
    pub fn search(&self) -> Call<'c, P, HalPage<ConversationModel>> {
        call(self.client, &ops::HISTORY_GET_HISTORY, &[])
    }
    /// `GET /history/count` (`History_GetHistoryCount`): the path and method are inferred from the reference, not seen on a real server.
    pub fn count(&self) -> Call<'c, P, i64> {
        call(self.client, &ops::HISTORY_GET_HISTORY_COUNT, &[])
    }
}

group!(
    /// Dialed numbers (DNIS and CLIP numbers).
    Dnis, dnis
);

impl<'c, P: Platform + 'static> Dnis<'c, P> {
    /// Get dnis numbers
    ///
    /// `GET /dnis` (`Dnis_GetDnisNumbers`): the path and method are inferred from the reference, not seen on a real server.
    pub fn list(&self) -> Call<'c, P, HalPage<DnisModel>> {
        call(self.client, &ops::DNIS_GET_DNIS_NUMBERS, &[])
    }
    /// Get a dnis number
    ///
    /// Access control: May view real-time information on the devices contained in this list only
    ///
    /// `GET /dnis/{id}` (`Dnis_GetDnisNumber`): the path and method are inferred from the reference, not seen on a real server.
    pub fn get(&self, id: &str) -> Call<'c, P, DnisModel> {
        call(self.client, &ops::DNIS_GET_DNIS_NUMBER, &[id])
    }
}

group!(
    /// Extensions (phones).
    Extensions, extensions
);

impl<'c, P: Platform + 'static> Extensions<'c, P> {
    /// Get all extensions. "$expand" options are limited to two expands. Only singular options can be expanded.
    ///
    /// Access control: May view real-time information on the devices contained in this list only
    ///
    /// `GET /extensions` (`Extension_GetExtensions`): the path and method are inferred from the reference, not seen on a real server.
    pub fn list(&self) -> Call<'c, P, HalPage<ExtensionModel>> {
        call(self.client, &ops::EXTENSION_GET_EXTENSIONS, &[])
    }
    /// Get an extension.
    ///
    /// Access control: May view real-time information on the devices contained in this list only
    ///
    /// `GET /extensions/{id}` (`Extension_GetExtension`): the path and method are inferred from the reference, not seen on a real server.
    pub fn get(&self, id: &str) -> Call<'c, P, ExtensionModel> {
        call(self.client, &ops::EXTENSION_GET_EXTENSION, &[id])
    }
}

group!(
    /// Sites.
    Sites, sites
);

impl<'c, P: Platform + 'static> Sites<'c, P> {
    /// Get sites / tenants in the system
    ///
    /// Access control: May access the sites contained in this list only. When tenanting mode is enabled only allows access to callers tenant.
    ///
    /// `GET /sites` (`Site_GetSites`): the path and method are inferred from the reference, not seen on a real server.
    pub fn list(&self) -> Call<'c, P, HalPage<SiteModel>> {
        call(self.client, &ops::SITE_GET_SITES, &[])
    }
    /// Get a site
    ///
    /// Access control: May access the sites contained in this list only. When tenanting mode is enabled only allows access to callers tenant.
    ///
    /// `GET /sites/{id}` (`Site_GetSite`): the path and method are inferred from the reference, not seen on a real server.
    pub fn get(&self, id: &str) -> Call<'c, P, SiteModel> {
        call(self.client, &ops::SITE_GET_SITE, &[id])
    }
}

group!(
    /// Mail servers.
    MailServers, mail_servers
);

impl<'c, P: Platform + 'static> MailServers<'c, P> {
    /// Get all mail servers
    ///
    /// `GET /mailservers` (`MailServer_GetMailServers`): the path and method are inferred from the reference, not seen on a real server.
    pub fn list(&self) -> Call<'c, P, HalPage<MailServerModel>> {
        call(self.client, &ops::MAIL_SERVER_GET_MAIL_SERVERS, &[])
    }
    /// Get a mail server.
    ///
    /// `GET /mailservers/{id}` (`MailServer_GetMailServer`): the path and method are inferred from the reference, not seen on a real server.
    pub fn get(&self, id: &str) -> Call<'c, P, MailServerModel> {
        call(self.client, &ops::MAIL_SERVER_GET_MAIL_SERVER, &[id])
    }
}

group!(
    /// Reason codes (busy, do not disturb).
    ReasonCodes, reason_codes
);

impl<'c, P: Platform + 'static> ReasonCodes<'c, P> {
    /// Get reason codes
    ///
    /// `GET /reasoncodes` (`ReasonCode_GetReasonCodes`): the path and method are inferred from the reference, not seen on a real server.
    pub fn list(&self) -> Call<'c, P, HalPage<ReasonCodeModel>> {
        call(self.client, &ops::REASON_CODE_GET_REASON_CODES, &[])
    }
    /// Get a reason code
    ///
    /// `GET /reasoncodes/{id}` (`ReasonCode_GetReasonCode`): the path and method are inferred from the reference, not seen on a real server.
    pub fn get(&self, id: &str) -> Call<'c, P, ReasonCodeModel> {
        call(self.client, &ops::REASON_CODE_GET_REASON_CODE, &[id])
    }
}

group!(
    /// Warning reasons.
    WarningReasons, warning_reasons
);

impl<'c, P: Platform + 'static> WarningReasons<'c, P> {
    /// Get warning reasons
    ///
    /// `GET /warningreasons` (`WarningReason_GetWarningReasons`): the path and method are inferred from the reference, not seen on a real server.
    pub fn list(&self) -> Call<'c, P, HalPage<WarningReasonModel>> {
        call(self.client, &ops::WARNING_REASON_GET_WARNING_REASONS, &[])
    }
    /// Get a warning reason
    ///
    /// `GET /warningreasons/{id}` (`WarningReason_GetWarningReason`): the path and method are inferred from the reference, not seen on a real server.
    pub fn get(&self, id: &str) -> Call<'c, P, WarningReasonModel> {
        call(self.client, &ops::WARNING_REASON_GET_WARNING_REASON, &[id])
    }
}

group!(
    /// IVR prompts.
    Prompts, prompts
);

impl<'c, P: Platform + 'static> Prompts<'c, P> {
    /// Get voice routing prompts
    ///
    /// Access control: May view real-time information on the devices contained in this list only
    ///
    /// `GET /prompts` (`Prompt_GetPrompts`): the path and method are inferred from the reference, not seen on a real server.
    pub fn list(&self) -> Call<'c, P, HalPage<PromptModel>> {
        call(self.client, &ops::PROMPT_GET_PROMPTS, &[])
    }
    /// Get a voice routing prompt
    ///
    /// Access control: May view real-time information on the devices contained in this list only
    ///
    /// `GET /prompts/{id}` (`Prompt_GetPrompt`): the path and method are inferred from the reference, not seen on a real server.
    pub fn get(&self, id: &str) -> Call<'c, P, PromptModel> {
        call(self.client, &ops::PROMPT_GET_PROMPT, &[id])
    }
}

group!(
    /// Routing variables.
    Variables, variables
);

impl<'c, P: Platform + 'static> Variables<'c, P> {
    /// Get IVR Variables
    ///
    /// `GET /variables` (`Variables_GetVariables`): the path and method are inferred from the reference, not seen on a real server.
    pub fn list(&self) -> Call<'c, P, HalPage<VariableModel>> {
        call(self.client, &ops::VARIABLES_GET_VARIABLES, &[])
    }
    /// Get an IVR Variable
    ///
    /// `GET /variables/{id}` (`Variables_GetVariable`): the path and method are inferred from the reference, not seen on a real server.
    pub fn get(&self, id: &str) -> Call<'c, P, VariableModel> {
        call(self.client, &ops::VARIABLES_GET_VARIABLE, &[id])
    }
}

group!(
    /// Media servers (voice, email, chat, SMS, open media).
    MediaServers, media_servers
);

impl<'c, P: Platform + 'static> MediaServers<'c, P> {
    /// Get all media servers
    ///
    /// `GET /mediaservers` (`MediaServer_GetMediaServers`): the path and method are inferred from the reference, not seen on a real server.
    pub fn list(&self) -> Call<'c, P, HalPage<MediaServerModel>> {
        call(self.client, &ops::MEDIA_SERVER_GET_MEDIA_SERVERS, &[])
    }
    /// Get a media server
    ///
    /// `GET /mediaservers/{id}` (`MediaServer_GetMediaServer`): the path and method are inferred from the reference, not seen on a real server.
    pub fn get(&self, id: &str) -> Call<'c, P, MediaServerModel> {
        call(self.client, &ops::MEDIA_SERVER_GET_MEDIA_SERVER, &[id])
    }
    /// Get all media server times
    ///
    /// The current time of each media server, by id.
    ///
    /// `GET /mediaservers/times` (`MediaServer_GetMediaServerTimes`): the path and method are inferred from the reference, not seen on a real server.
    pub fn times(&self) -> Call<'c, P, Map> {
        call(self.client, &ops::MEDIA_SERVER_GET_MEDIA_SERVER_TIMES, &[])
    }
}

group!(
    /// Cases.
    Cases, cases
);

impl<'c, P: Platform + 'static> Cases<'c, P> {
    /// Get all cases.
    ///
    /// `GET /cases` (`Cases_GetCases`): the path and method are inferred from the reference, not seen on a real server.
    pub fn list(&self) -> Call<'c, P, HalPage<CaseModel>> {
        call(self.client, &ops::CASES_GET_CASES, &[])
    }
    /// Get a single case.
    ///
    /// `month_year_created` like `122018`.
    ///
    /// `GET /cases/{id}/{monthYearCreated}` (`Cases_GetCase`): the path and method are inferred from the reference, not seen on a real server.
    pub fn get(&self, id: &str, month_year_created: &str) -> Call<'c, P, CaseModel> {
        call(self.client, &ops::CASES_GET_CASE, &[id, month_year_created])
    }
}

group!(
    /// Application profiles.
    ApplicationProfiles, application_profiles
);

impl<'c, P: Platform + 'static> ApplicationProfiles<'c, P> {
    /// Get all application profiles for a given application.
    ///
    /// Access control: May view real-time information on the devices contained in this list only
    ///
    /// `GET /applicationprofiles/{appname}` (`ApplicationProfile_GetApplicationProfiles`): the path and method are inferred from the reference, not seen on a real server.
    pub fn list(&self, application: &str) -> Call<'c, P, HalPage<ApplicationProfileModel>> {
        call(self.client, &ops::APPLICATION_PROFILE_GET_APPLICATION_PROFILES, &[application])
    }
    /// Get an application profile for a given application and profile name or id.
    ///
    /// Access control: May view real-time information on the devices contained in this list only
    ///
    /// `GET /applicationprofiles/{appname}/{profilenameorid}` (`ApplicationProfile_GetApplicationProfile`): the path and method are inferred from the reference, not seen on a real server.
    pub fn get(&self, application: &str, profile: &str) -> Call<'c, P, ApplicationProfileModel> {
        call(self.client, &ops::APPLICATION_PROFILE_GET_APPLICATION_PROFILE, &[application, profile])
    }
}

group!(
    /// Global reply templates for email, chat and SMS.
    GlobalReplyTemplates, global_reply_templates
);

impl<'c, P: Platform + 'static> GlobalReplyTemplates<'c, P> {
    /// Get global reply templates
    ///
    /// `GET /globalreplytemplates` (`GlobalReplyTemplate_GetGlobalReplyTemplates`): the path and method are inferred from the reference, not seen on a real server.
    pub fn list(&self) -> Call<'c, P, HalPage<GlobalReplyTemplateModel>> {
        call(self.client, &ops::GLOBAL_REPLY_TEMPLATE_GET_GLOBAL_REPLY_TEMPLATES, &[])
    }
    /// Create a new Global Reply Template.
    ///
    /// `POST /globalreplytemplates` (`GlobalReplyTemplate_CreateGlobalReplyTemplate`): the path and method are inferred from the reference, not seen on a real server.
    pub fn create(&self, template: &GlobalReplyTemplateModel) -> Call<'c, P, GlobalReplyTemplateModel> {
        call(self.client, &ops::GLOBAL_REPLY_TEMPLATE_CREATE_GLOBAL_REPLY_TEMPLATE, &[])
            .with_body(template)
    }
    /// Get a single global reply template.
    ///
    /// `GET /globalreplytemplates/{id}` (`GlobalReplyTemplate_GetGlobalReplyTemplate`): the path and method are inferred from the reference, not seen on a real server.
    pub fn get(&self, id: &str) -> Call<'c, P, GlobalReplyTemplateModel> {
        call(self.client, &ops::GLOBAL_REPLY_TEMPLATE_GET_GLOBAL_REPLY_TEMPLATE, &[id])
    }
    /// Update a Global Reply Template.
    ///
    /// `PUT /globalreplytemplates/{id}` (`GlobalReplyTemplate_UpdateGlobalReplyTemplate`): the path and method are inferred from the reference, not seen on a real server.
    pub fn update(&self, id: &str, template: &GlobalReplyTemplateModel) -> Call<'c, P, GlobalReplyTemplateModel> {
        call(self.client, &ops::GLOBAL_REPLY_TEMPLATE_UPDATE_GLOBAL_REPLY_TEMPLATE, &[id])
            .with_body(template)
    }
    /// Delete a Global Reply Template.
    ///
    /// `DELETE /globalreplytemplates/{id}` (`GlobalReplyTemplate_DeleteGlobalReplyTemplate`): the path and method are inferred from the reference, not seen on a real server.
    pub fn delete(&self, id: &str) -> Call<'c, P, String> {
        call(self.client, &ops::GLOBAL_REPLY_TEMPLATE_DELETE_GLOBAL_REPLY_TEMPLATE, &[id])
    }
    /// `GET /globalreplytemplates/tags` (`GlobalReplyTemplate_GetGlobalReplyTemplateTags`): the path and method are inferred from the reference, not seen on a real server.
    pub fn tags(&self) -> Call<'c, P, HalPage<HalResource>> {
        call(self.client, &ops::GLOBAL_REPLY_TEMPLATE_GET_GLOBAL_REPLY_TEMPLATE_TAGS, &[])
    }
}

group!(
    /// Webhooks and call recordings.
    Webhooks, webhooks
);

impl<'c, P: Platform + 'static> Webhooks<'c, P> {
    /// Registers a webhook with MiccSDK to allow OSCMS to receive requests.
    ///
    /// Access control: Local Administrator or Enterprise Administrator Role
    ///
    /// `POST /webhooks` (`WebHook_RegisterWebhook`): the path and method are inferred from the reference, not seen on a real server.
    pub fn register(&self, hook: &WebhookModel) -> Call<'c, P, String> {
        call(self.client, &ops::WEB_HOOK_REGISTER_WEBHOOK, &[])
            .with_body(hook)
    }
    /// Retrieves a list of all registered Webhooks.
    ///
    /// Access control: Can be used only by system-level users.
    ///
    /// `GET /webhooks` (`WebHook_GetWebhooks`): the path and method are inferred from the reference, not seen on a real server.
    pub fn list(&self) -> Call<'c, P, WebhookListModel> {
        call(self.client, &ops::WEB_HOOK_GET_WEBHOOKS, &[])
    }
    /// Retrieves all registered extensions for all OSCMS.
    ///
    /// `GET /webhooks/extensions` (`WebHook_GetOscmsExtensions`): the path and method are inferred from the reference, not seen on a real server.
    pub fn oscms_extensions(&self) -> Call<'c, P, Vec<Value>> {
        call(self.client, &ops::WEB_HOOK_GET_OSCMS_EXTENSIONS, &[])
    }
    /// Retrieves call recordings associated with a specific caseId and callId.
    ///
    /// `GET /webhooks/cases/{caseId}/calls/{callId}/recordings` (`WebHook_GetCallRecordings`): the path and method are inferred from the reference, not seen on a real server.
    pub fn call_recordings(&self, case_id: &str, call_id: &str) -> Call<'c, P, HalPage<HalResource>> {
        call(self.client, &ops::WEB_HOOK_GET_CALL_RECORDINGS, &[case_id, call_id])
    }
    /// Downloads a specific recording file by its ID.
    ///
    /// `GET /webhooks/recordings/{recordingId}/download` (`WebHook_DownloadRecording`): the path and method are inferred from the reference, not seen on a real server.
    pub fn download_recording(&self, recording_id: &str) -> Call<'c, P, String> {
        call(self.client, &ops::WEB_HOOK_DOWNLOAD_RECORDING, &[recording_id])
    }
    /// Play a specific recording file by its ID.
    ///
    /// `GET /webhooks/recordings/{recordingId}/play` (`WebHook_PlayRecording`): the path and method are inferred from the reference, not seen on a real server.
    pub fn play_recording(&self, recording_id: &str) -> Call<'c, P, String> {
        call(self.client, &ops::WEB_HOOK_PLAY_RECORDING, &[recording_id])
    }
}

group!(
    /// Chat: reply templates and Cloudlink transcripts.
    Chat, chat
);

impl<'c, P: Platform + 'static> Chat<'c, P> {
    /// Get a list of Personal Reply Template folders
    ///
    /// `GET /chat/replytemplates/folders` (`Chat_GetReplyTemplateFolders`): the path and method are inferred from the reference, not seen on a real server.
    pub fn reply_template_folders(&self) -> Call<'c, P, ReplyTemplateFolderModel> {
        call(self.client, &ops::CHAT_GET_REPLY_TEMPLATE_FOLDERS, &[])
    }
    /// Get a list of Personal Reply Templates
    ///
    /// `GET /chat/replytemplates` (`Chat_GetReplyTemplates`): the path and method are inferred from the reference, not seen on a real server.
    pub fn reply_templates(&self) -> Call<'c, P, Vec<Value>> {
        call(self.client, &ops::CHAT_GET_REPLY_TEMPLATES, &[])
    }
    /// `GET /chat/replytemplates/basedirectory` (`Chat_GetReplyTemplatesBaseDirectory`): the path and method are inferred from the reference, not seen on a real server.
    pub fn reply_templates_base_directory(&self) -> Call<'c, P, String> {
        call(self.client, &ops::CHAT_GET_REPLY_TEMPLATES_BASE_DIRECTORY, &[])
    }
    /// `GET /chat/replytemplates/template` (`Chat_GetReplyTemplate`): the path and method are inferred from the reference, not seen on a real server.
    pub fn reply_template(&self, file_path: &str) -> Call<'c, P, ReplyTemplateModel> {
        call(self.client, &ops::CHAT_GET_REPLY_TEMPLATE, &[])
            .param("filePath", file_path)
    }
    /// Check to see if the MICCSDK can access the desired reply template file
    ///
    /// `GET /chat/replytemplates/fileaccess` (`Chat_CheckReplyTemplateFileAccess`): the path and method are inferred from the reference, not seen on a real server.
    pub fn check_reply_template_file_access(&self, file_path: &str) -> Call<'c, P, String> {
        call(self.client, &ops::CHAT_CHECK_REPLY_TEMPLATE_FILE_ACCESS, &[])
            .param("filePath", file_path)
    }
    /// Check to see if the MICCSDK can access the desired reply template directory
    ///
    /// `GET /chat/replytemplates/directoryaccess` (`Chat_CheckReplyTemplateDirectoryAccess`): the path and method are inferred from the reference, not seen on a real server.
    pub fn check_reply_template_directory_access(&self, file_path: &str) -> Call<'c, P, String> {
        call(self.client, &ops::CHAT_CHECK_REPLY_TEMPLATE_DIRECTORY_ACCESS, &[])
            .param("filePath", file_path)
    }
    /// Get a list of personal reply template file names
    ///
    /// `GET /chat/replytemplates/filenames` (`Chat_GetReplyTemplateFileNames`): the path and method are inferred from the reference, not seen on a real server.
    pub fn reply_template_file_names(&self) -> Call<'c, P, Vec<Value>> {
        call(self.client, &ops::CHAT_GET_REPLY_TEMPLATE_FILE_NAMES, &[])
    }
    /// Get personal reply template content File name
    ///
    /// `GET /chat/replytemplates/content` (`Chat_GetReplyTemplateContent`): the path and method are inferred from the reference, not seen on a real server.
    pub fn reply_template_content(&self, file_name: &str) -> Call<'c, P, ReplyTemplateContentModel> {
        call(self.client, &ops::CHAT_GET_REPLY_TEMPLATE_CONTENT, &[])
            .param("fileName", file_name)
    }
    /// Peek if Cloudlink chat transcript is ready interaction Id
    ///
    /// `GET /chat/cloudlink/{interactionId}/transcript/ready` (`Chat_PeekCloudlinkTranscript`): the path and method are inferred from the reference, not seen on a real server.
    pub fn cloudlink_transcript_ready(&self, interaction_id: &str) -> Call<'c, P, bool> {
        call(self.client, &ops::CHAT_PEEK_CLOUDLINK_TRANSCRIPT, &[interaction_id])
    }
    /// Get Cloudlink chat tag interaction Id interaction Id
    ///
    /// `GET /chat/cloudlink/{interactionId}/tags/{tagId}` (`Chat_GetCloudlinkChatTag`): the path and method are inferred from the reference, not seen on a real server.
    pub fn cloudlink_chat_tag(&self, interaction_id: &str, tag_id: &str) -> Call<'c, P, bool> {
        call(self.client, &ops::CHAT_GET_CLOUDLINK_CHAT_TAG, &[interaction_id, tag_id])
    }
    /// Get Cloudlink chat transcript interaction Id employee Id
    ///
    /// `GET /chat/cloudlink/{interactionId}/employees/{employeeId}/transcript` (`Chat_GetCloudlinkTranscript`): the path and method are inferred from the reference, not seen on a real server.
    pub fn cloudlink_transcript(&self, interaction_id: &str, employee_id: &str) -> Call<'c, P, CloudlinkTranscriptModel> {
        call(self.client, &ops::CHAT_GET_CLOUDLINK_TRANSCRIPT, &[interaction_id, employee_id])
    }
}

group!(
    /// Email: messages, their parts, sender queues and reply templates.
    Email, email
);

impl<'c, P: Platform + 'static> Email<'c, P> {
    /// Get a reusable email for the given to
    ///
    /// A reusable email for the recipient `to`.
    ///
    /// `GET /email/reusable` (`Email_GetReusableEmail`): the path and method are inferred from the reference, not seen on a real server.
    pub fn reusable(&self, to: &str) -> Call<'c, P, HalPage<ConversationModel>> {
        call(self.client, &ops::EMAIL_GET_REUSABLE_EMAIL, &[])
            .param("to", to)
    }
    /// Get an email.
    ///
    /// `kind` is one of FailedSendDraft, BounceDetectedDraft, ForwardDraft, NewDraft, ReplyDraft, Worktimer, Preview, PreviewQueueDraft.
    ///
    /// `GET /email/{conversationId}/{getEmailType}/{monthYearCreated}` (`Email_GetEmail`): the path and method are inferred from the reference, not seen on a real server.
    pub fn get(&self, conversation_id: &str, kind: &str, month_year_created: &str) -> Call<'c, P, HalPage<ConversationModel>> {
        call(self.client, &ops::EMAIL_GET_EMAIL, &[conversation_id, kind, month_year_created])
    }
    /// Get an email's image.
    ///
    /// `GET /email/{conversationId}/images/{resourceId}` (`Email_GetEmailImage`): the path and method are inferred from the reference, not seen on a real server.
    pub fn image(&self, conversation_id: &str, resource_id: &str) -> Call<'c, P, String> {
        call(self.client, &ops::EMAIL_GET_EMAIL_IMAGE, &[conversation_id, resource_id])
    }
    /// Get an email's attachment.
    ///
    /// `GET /email/{conversationId}/attachments` (`Email_GetEmailAttachment`): the path and method are inferred from the reference, not seen on a real server.
    pub fn attachment(&self, conversation_id: &str, file_name: &str) -> Call<'c, P, String> {
        call(self.client, &ops::EMAIL_GET_EMAIL_ATTACHMENT, &[conversation_id])
            .param("fileName", file_name)
    }
    /// Get queue emails that can be used for setting the from address
    ///
    /// `GET /email/{conversationId}/fromqueues` (`Email_GetFromQueues`): the path and method are inferred from the reference, not seen on a real server.
    pub fn from_queues(&self, conversation_id: &str) -> Call<'c, P, HalPage<QueueModel>> {
        call(self.client, &ops::EMAIL_GET_FROM_QUEUES, &[conversation_id])
    }
    /// Get a list of Personal Reply Template folders
    ///
    /// `GET /email/replytemplates/folders` (`Email_GetReplyTemplateFolders`): the path and method are inferred from the reference, not seen on a real server.
    pub fn reply_template_folders(&self) -> Call<'c, P, ReplyTemplateFolderModel> {
        call(self.client, &ops::EMAIL_GET_REPLY_TEMPLATE_FOLDERS, &[])
    }
    /// Get a list of Personal Reply Templates
    ///
    /// `GET /email/replytemplates` (`Email_GetReplyTemplates`): the path and method are inferred from the reference, not seen on a real server.
    pub fn reply_templates(&self) -> Call<'c, P, Vec<Value>> {
        call(self.client, &ops::EMAIL_GET_REPLY_TEMPLATES, &[])
    }
    /// `GET /email/replytemplates/basedirectory` (`Email_GetReplyTemplatesBaseDirectory`): the path and method are inferred from the reference, not seen on a real server.
    pub fn reply_templates_base_directory(&self) -> Call<'c, P, String> {
        call(self.client, &ops::EMAIL_GET_REPLY_TEMPLATES_BASE_DIRECTORY, &[])
    }
    /// `GET /email/replytemplates/template` (`Email_GetReplyTemplate`): the path and method are inferred from the reference, not seen on a real server.
    pub fn reply_template(&self, file_path: &str) -> Call<'c, P, ReplyTemplateModel> {
        call(self.client, &ops::EMAIL_GET_REPLY_TEMPLATE, &[])
            .param("filePath", file_path)
    }
    /// Check to see if the MICCSDK can access the desired reply template file
    ///
    /// `GET /email/replytemplates/fileaccess` (`Email_CheckReplyTemplateFileAccess`): the path and method are inferred from the reference, not seen on a real server.
    pub fn check_reply_template_file_access(&self, file_path: &str) -> Call<'c, P, String> {
        call(self.client, &ops::EMAIL_CHECK_REPLY_TEMPLATE_FILE_ACCESS, &[])
            .param("filePath", file_path)
    }
    /// Check to see if the MICCSDK can access the desired reply template directory
    ///
    /// `GET /email/replytemplates/directoryaccess` (`Email_CheckReplyTemplateDirectoryAccess`): the path and method are inferred from the reference, not seen on a real server.
    pub fn check_reply_template_directory_access(&self, file_path: &str) -> Call<'c, P, String> {
        call(self.client, &ops::EMAIL_CHECK_REPLY_TEMPLATE_DIRECTORY_ACCESS, &[])
            .param("filePath", file_path)
    }
    /// Get a list of personal reply template file names
    ///
    /// `GET /email/replytemplates/filenames` (`Email_GetReplyTemplateFileNames`): the path and method are inferred from the reference, not seen on a real server.
    pub fn reply_template_file_names(&self) -> Call<'c, P, Vec<Value>> {
        call(self.client, &ops::EMAIL_GET_REPLY_TEMPLATE_FILE_NAMES, &[])
    }
    /// Get personal reply template content File name
    ///
    /// `GET /email/replytemplates/content` (`Email_GetReplyTemplateContent`): the path and method are inferred from the reference, not seen on a real server.
    pub fn reply_template_content(&self, file_name: &str) -> Call<'c, P, ReplyTemplateContentModel> {
        call(self.client, &ops::EMAIL_GET_REPLY_TEMPLATE_CONTENT, &[])
            .param("fileName", file_name)
    }
}

group!(
    /// SMS: sender queues and reply templates.
    Sms, sms
);

impl<'c, P: Platform + 'static> Sms<'c, P> {
    /// Get sms queues that can be used for setting the from field
    ///
    /// `GET /sms/fromqueues` (`Sms_GetFromQueues`): the path and method are inferred from the reference, not seen on a real server.
    pub fn from_queues(&self) -> Call<'c, P, HalPage<QueueModel>> {
        call(self.client, &ops::SMS_GET_FROM_QUEUES, &[])
    }
    /// Get a list of Personal Reply Template folders
    ///
    /// `GET /sms/replytemplates/folders` (`Sms_GetReplyTemplateFolders`): the path and method are inferred from the reference, not seen on a real server.
    pub fn reply_template_folders(&self) -> Call<'c, P, ReplyTemplateFolderModel> {
        call(self.client, &ops::SMS_GET_REPLY_TEMPLATE_FOLDERS, &[])
    }
    /// Get a list of Personal Reply Templates
    ///
    /// `GET /sms/replytemplates` (`Sms_GetReplyTemplates`): the path and method are inferred from the reference, not seen on a real server.
    pub fn reply_templates(&self) -> Call<'c, P, Vec<Value>> {
        call(self.client, &ops::SMS_GET_REPLY_TEMPLATES, &[])
    }
    /// Get the Reply Template Base Directory
    ///
    /// `GET /sms/replytemplates/basedirectory` (`Sms_GetReplyTemplatesBaseDirectory`): the path and method are inferred from the reference, not seen on a real server.
    pub fn reply_templates_base_directory(&self) -> Call<'c, P, String> {
        call(self.client, &ops::SMS_GET_REPLY_TEMPLATES_BASE_DIRECTORY, &[])
    }
    /// Get ReplyTemplate
    ///
    /// `GET /sms/replytemplates/template` (`Sms_GetReplyTemplate`): the path and method are inferred from the reference, not seen on a real server.
    pub fn reply_template(&self, file_path: &str) -> Call<'c, P, ReplyTemplateModel> {
        call(self.client, &ops::SMS_GET_REPLY_TEMPLATE, &[])
            .param("filePath", file_path)
    }
    /// Get a list of personal reply template file names
    ///
    /// `GET /sms/replytemplates/filenames` (`Sms_GetReplyTemplateFileNames`): the path and method are inferred from the reference, not seen on a real server.
    pub fn reply_template_file_names(&self) -> Call<'c, P, Vec<Value>> {
        call(self.client, &ops::SMS_GET_REPLY_TEMPLATE_FILE_NAMES, &[])
    }
    /// Get personal reply template content File name
    ///
    /// `GET /sms/replytemplates/content` (`Sms_GetReplyTemplateContent`): the path and method are inferred from the reference, not seen on a real server.
    pub fn reply_template_content(&self, file_name: &str) -> Call<'c, P, ReplyTemplateContentModel> {
        call(self.client, &ops::SMS_GET_REPLY_TEMPLATE_CONTENT, &[])
            .param("fileName", file_name)
    }
}

group!(
    /// Diagnostics (experimental): monitors, router commands, problem reports.
    Diagnostics, diagnostics
);

impl<'c, P: Platform + 'static> Diagnostics<'c, P> {
    /// Get the subscription count of an employee state monitor. Id, username or me
    ///
    /// `GET /diagnostics/employees/{id}/statemonitor` (`Diagnostics_GetEmployeeStateMonitorCount`): the path and method are inferred from the reference, not seen on a real server.
    pub fn employee_state_monitor_count(&self, employee: &str) -> Call<'c, P, String> {
        call(self.client, &ops::DIAGNOSTICS_GET_EMPLOYEE_STATE_MONITOR_COUNT, &[employee])
    }
    /// Add an employee state monitor. Id, username or me If set to true (default), don't add a monitor if monitor manager already contains it
    ///
    /// `POST /diagnostics/employees/{id}/statemonitor/{skipIfContained}` (`Diagnostics_AddEmployeeStateMonitor`): the path and method are inferred from the reference, not seen on a real server.
    pub fn add_employee_state_monitor(&self, employee: &str, skip_if_contained: bool) -> Call<'c, P, String> {
        call(self.client, &ops::DIAGNOSTICS_ADD_EMPLOYEE_STATE_MONITOR, &[employee, bool_str(skip_if_contained)])
    }
    /// Remove an employee state monitor.
    ///
    /// `DELETE /diagnostics/employees/{id}/statemonitor` (`Diagnostics_RemoveEmployeeStateMonitor`): the path and method are inferred from the reference, not seen on a real server.
    pub fn remove_employee_state_monitor(&self, employee: &str) -> Call<'c, P, String> {
        call(self.client, &ops::DIAGNOSTICS_REMOVE_EMPLOYEE_STATE_MONITOR, &[employee])
    }
    /// Get the subscription count of an employee's agent state monitors. Id, username or me
    ///
    /// `GET /diagnostics/employees/{id}/agentstatemonitors` (`Diagnostics_GetAgentStateMonitorCount`): the path and method are inferred from the reference, not seen on a real server.
    pub fn agent_state_monitor_count(&self, employee: &str) -> Call<'c, P, String> {
        call(self.client, &ops::DIAGNOSTICS_GET_AGENT_STATE_MONITOR_COUNT, &[employee])
    }
    /// Add an employee's agent state monitors. Id, username or me If set to true (default), don't add a monitor if monitor manager already contains it
    ///
    /// `POST /diagnostics/employees/{id}/agentstatemonitors/{skipIfContained}` (`Diagnostics_AddAgentStateMonitors`): the path and method are inferred from the reference, not seen on a real server.
    pub fn add_agent_state_monitors(&self, employee: &str, skip_if_contained: bool) -> Call<'c, P, String> {
        call(self.client, &ops::DIAGNOSTICS_ADD_AGENT_STATE_MONITORS, &[employee, bool_str(skip_if_contained)])
    }
    /// Remove an employee's agent state monitors.
    ///
    /// `DELETE /diagnostics/employees/{id}/agentstatemonitors` (`Diagnostics_RemoveAgentStateMonitors`): the path and method are inferred from the reference, not seen on a real server.
    pub fn remove_agent_state_monitors(&self, employee: &str) -> Call<'c, P, String> {
        call(self.client, &ops::DIAGNOSTICS_REMOVE_AGENT_STATE_MONITORS, &[employee])
    }
    /// Get the subscription count of an employee's agent inbox monitors. Id, username or me
    ///
    /// `GET /diagnostics/employees/{id}/agentinboxmonitors` (`Diagnostics_GetAgentInboxMonitorCount`): the path and method are inferred from the reference, not seen on a real server.
    pub fn agent_inbox_monitor_count(&self, employee: &str) -> Call<'c, P, String> {
        call(self.client, &ops::DIAGNOSTICS_GET_AGENT_INBOX_MONITOR_COUNT, &[employee])
    }
    /// Add an employee's agent inbox monitors. Id, username or me If set to true (default), don't add a monitor if monitor manager already contains it
    ///
    /// `POST /diagnostics/employees/{id}/agentinboxmonitors/{skipIfContained}` (`Diagnostics_AddAgentInboxMonitors`): the path and method are inferred from the reference, not seen on a real server.
    pub fn add_agent_inbox_monitors(&self, employee: &str, skip_if_contained: bool) -> Call<'c, P, String> {
        call(self.client, &ops::DIAGNOSTICS_ADD_AGENT_INBOX_MONITORS, &[employee, bool_str(skip_if_contained)])
    }
    /// Remove an employee's agent inbox monitors.
    ///
    /// `DELETE /diagnostics/employees/{id}/agentinboxmonitors` (`Diagnostics_RemoveAgentInboxMonitors`): the path and method are inferred from the reference, not seen on a real server.
    pub fn remove_agent_inbox_monitors(&self, employee: &str) -> Call<'c, P, String> {
        call(self.client, &ops::DIAGNOSTICS_REMOVE_AGENT_INBOX_MONITORS, &[employee])
    }
    /// Router Diagnostic Commands - allows the ability to query the Router. To get a list of support commands type Help as the CommandName
    ///
    /// `POST /diagnostics/router` (`Diagnostics_RunRouterCommand`): the path and method are inferred from the reference, not seen on a real server.
    pub fn router_command(&self, command: &RouterDiagnosticCommandModel) -> Call<'c, P, String> {
        call(self.client, &ops::DIAGNOSTICS_RUN_ROUTER_COMMAND, &[])
            .with_body(command)
    }
    /// `GET /diagnostics/signalrconnections/{id}` (`Diagnostics_GetSignalRConnectionsById`): the path and method are inferred from the reference, not seen on a real server.
    pub fn signalr_connections(&self, id: &str) -> Call<'c, P, Vec<Value>> {
        call(self.client, &ops::DIAGNOSTICS_GET_SIGNALR_CONNECTIONS_BY_ID, &[id])
    }
    /// Post a problem report
    ///
    /// `POST /diagnostics/problemreports` (`Diagnostics_PostProblemReport`): the path and method are inferred from the reference, not seen on a real server.
    pub fn problem_report(&self, report: &ProblemReportModel) -> Call<'c, P, String> {
        call(self.client, &ops::DIAGNOSTICS_POST_PROBLEM_REPORT, &[])
            .with_body(report)
    }
}

impl<P: Platform + 'static> MiccClient<P> {
    /// Returns status information of the server.
    ///
    /// The server's status and uptime.
    ///
    /// Access control: Any user
    ///
    /// `GET /status` (`Status_GetStatus`): the path and method are inferred from the reference, not seen on a real server.
    pub fn status(&self) -> Call<'_, P, ServerStatusModel> {
        call(self, &ops::STATUS_GET_STATUS, &[])
    }
}
