// @generated from crates/micc-api/spec/openapi.json by crates/micc-api/src/codegen/.
// Do not edit: cargo run -p micc-api --features codegen --example gen_client

import type { AgentGroupModel, AgentModel, AgentState, ApplicationProfileModel, CallDetailsDataModel, CallDetailsDataModelRequest, CaseModel, CloudlinkTranscriptModel, ConversationModel, ConversationRequestModelRequest, ConversationUpdateModelRequest, DirectoryEntryModel, DirectoryEntryModelRequest, DnisModel, EmployeeAgentGroupModel, EmployeeAgentGroupModelRequest, EmployeeGreetingsModel, EmployeeGreetingsModelRequest, EmployeeModel, EmployeeState, EmployeeStateUpdateModelRequest, ExtensionModel, FileUploadModelRequest, GlobalReplyTemplateModel, GlobalReplyTemplateModelRequest, GreetingRecordingModelRequest, HalResource, IntegratedSoftphoneModel, LicenseInfoModel, MailServerModel, MediaServerModel, OpenMediaConversationModel, OpenMediaRequestModelRequest, OpenMediaUpdateRequestModelRequest, ProblemReportModelRequest, PromptModel, QueueModel, QueueState, ReasonCodeModel, ReplyTemplateContentModel, ReplyTemplateFolderModel, ReplyTemplateModel, RouterDiagnosticCommandModelRequest, ServerStatusModel, SiteModel, VariableModel, WarningReasonModel, WebhookListModel, WebhookModelRequest, HalPage, JsonObject, JsonValue } from "./models_generated.js";
import type { AuthOptions, CallOptions, ClientOptions, CollectionOptions } from "./options.js";
import type { Realtime } from "./realtime.js";

/** `agentGroups()`: Agent groups and the agents in them. */
export interface AgentGroups {
  /** `GET /agentgroups` (`Agent_GetAgentGroups`): the path and method are inferred from the reference, not seen on a real server. */
  list(options?: CollectionOptions): Promise<HalPage<AgentGroupModel>>;
  /**
   * Get an agent group.
   *
   * Access control: May view real-time information on the devices contained in this list only
   *
   * `GET /agentgroups/{id}` (`Agent_GetAgentGroup`): the path and method are inferred from the reference, not seen on a real server.
   */
  get(id: string | number, options?: CallOptions): Promise<AgentGroupModel>;
  /**
   * Get all agent states for an agent group.
   *
   * Access control: May view real-time information on the devices contained in this list only
   *
   * `GET /agentgroups/{id}/states` (`Agent_GetAgentGroupStates`): the path and method are inferred from the reference, not seen on a real server.
   */
  states(id: string | number, options?: CollectionOptions): Promise<HalPage<AgentState>>;
  /**
   * Get all agents members of an agent group.
   *
   * Access control: May view real-time information on the devices contained in this list only
   *
   * `GET /agentgroups/{id}/agents` (`Agent_GetAgentGroupAgents`): the path and method are inferred from the reference, not seen on a real server.
   */
  agents(id: string | number, options?: CollectionOptions): Promise<HalPage<AgentModel>>;
}

/** `agents()`: Agents: an employee's ACD identity on one media, and their real-time states. */
export interface Agents {
  /**
   * Get all agents. "$expand" options are limited to two expands. Only singular options can be expanded.
   *
   * Access control: May view real-time information on the devices contained in this list only
   *
   * `GET /agents` (`Agent_GetAgents`): the path and method are inferred from the reference, not seen on a real server.
   */
  list(options?: CollectionOptions): Promise<HalPage<AgentModel>>;
  /**
   * Get agent states.
   *
   * Access control: Requires "May view real-time information on the devices contained in this list only"
   *
   * `GET /agents/states` (`Agent_GetAgentStates`).
   */
  states(options?: CollectionOptions): Promise<HalPage<AgentState>>;
  /**
   * Get an agent.
   *
   * Access control: May view real-time information on the devices contained in this list only
   *
   * `GET /agents/{id}` (`Agent_GetAgent`): the path and method are inferred from the reference, not seen on a real server.
   */
  get(id: string | number, options?: CallOptions): Promise<AgentModel>;
  /**
   * Get the state of an agent.
   *
   * Access control: May view real-time information on the devices contained in this list only
   *
   * `GET /agents/{id}/state` (`Agent_GetAgentState`): the path and method are inferred from the reference, not seen on a real server.
   */
  state(id: string | number, options?: CallOptions): Promise<AgentState>;
  /**
   * Get concurrent agent logins and license information.
   *
   * `GET /agents/licenses` (`Agent_GetLicenseInfo`): the path and method are inferred from the reference, not seen on a real server.
   */
  licenses(options?: CallOptions): Promise<LicenseInfoModel>;
  /**
   * Get the Integrated Softphone information of an agent.
   *
   * `GET /agents/{id}/integratedsoftphone` (`Agent_GetIntegratedSoftphone`): the path and method are inferred from the reference, not seen on a real server.
   */
  integratedSoftphone(id: string | number, options?: CallOptions): Promise<IntegratedSoftphoneModel>;
}

/** `applicationProfiles()`: Application profiles. */
export interface ApplicationProfiles {
  /**
   * Get all application profiles for a given application.
   *
   * Access control: May view real-time information on the devices contained in this list only
   *
   * `GET /applicationprofiles/{appname}` (`ApplicationProfile_GetApplicationProfiles`): the path and method are inferred from the reference, not seen on a real server.
   */
  list(application: string | number, options?: CollectionOptions): Promise<HalPage<ApplicationProfileModel>>;
  /**
   * Get an application profile for a given application and profile name or id.
   *
   * Access control: May view real-time information on the devices contained in this list only
   *
   * `GET /applicationprofiles/{appname}/{profilenameorid}` (`ApplicationProfile_GetApplicationProfile`): the path and method are inferred from the reference, not seen on a real server.
   */
  get(application: string | number, profile: string | number, options?: CallOptions): Promise<ApplicationProfileModel>;
}

/** `cases()`: Cases. */
export interface Cases {
  /**
   * Get all cases.
   *
   * `GET /cases` (`Cases_GetCases`): the path and method are inferred from the reference, not seen on a real server.
   */
  list(options?: CollectionOptions): Promise<HalPage<CaseModel>>;
  /**
   * Get a single case.
   *
   * `GET /cases/{id}/{monthYearCreated}` (`Cases_GetCase`): the path and method are inferred from the reference, not seen on a real server.
   */
  get(id: string | number, monthYearCreated: string | number, options?: CallOptions): Promise<CaseModel>;
}

/** `chat()`: Chat: reply templates and Cloudlink transcripts. */
export interface Chat {
  /**
   * Get a list of Personal Reply Template folders
   *
   * `GET /chat/replytemplates/folders` (`Chat_GetReplyTemplateFolders`): the path and method are inferred from the reference, not seen on a real server.
   */
  replyTemplateFolders(options?: CallOptions): Promise<ReplyTemplateFolderModel>;
  /**
   * Get a list of Personal Reply Templates
   *
   * `GET /chat/replytemplates` (`Chat_GetReplyTemplates`): the path and method are inferred from the reference, not seen on a real server.
   */
  replyTemplates(options?: CallOptions): Promise<JsonObject[]>;
  /** `GET /chat/replytemplates/basedirectory` (`Chat_GetReplyTemplatesBaseDirectory`): the path and method are inferred from the reference, not seen on a real server. */
  replyTemplatesBaseDirectory(options?: CallOptions): Promise<string>;
  /** `GET /chat/replytemplates/template` (`Chat_GetReplyTemplate`): the path and method are inferred from the reference, not seen on a real server. */
  replyTemplate(filePath: string, options?: CallOptions): Promise<ReplyTemplateModel>;
  /**
   * Check to see if the MICCSDK can access the desired reply template file
   *
   * `GET /chat/replytemplates/fileaccess` (`Chat_CheckReplyTemplateFileAccess`): the path and method are inferred from the reference, not seen on a real server.
   */
  checkReplyTemplateFileAccess(filePath: string, options?: CallOptions): Promise<string>;
  /**
   * Check to see if the MICCSDK can access the desired reply template directory
   *
   * `GET /chat/replytemplates/directoryaccess` (`Chat_CheckReplyTemplateDirectoryAccess`): the path and method are inferred from the reference, not seen on a real server.
   */
  checkReplyTemplateDirectoryAccess(filePath: string, options?: CallOptions): Promise<string>;
  /**
   * Get a list of personal reply template file names
   *
   * `GET /chat/replytemplates/filenames` (`Chat_GetReplyTemplateFileNames`): the path and method are inferred from the reference, not seen on a real server.
   */
  replyTemplateFileNames(options?: CallOptions): Promise<JsonObject[]>;
  /**
   * Get personal reply template content File name
   *
   * `GET /chat/replytemplates/content` (`Chat_GetReplyTemplateContent`): the path and method are inferred from the reference, not seen on a real server.
   */
  replyTemplateContent(fileName: string, options?: CallOptions): Promise<ReplyTemplateContentModel>;
  /**
   * Peek if Cloudlink chat transcript is ready interaction Id
   *
   * `GET /chat/cloudlink/{interactionId}/transcript/ready` (`Chat_PeekCloudlinkTranscript`): the path and method are inferred from the reference, not seen on a real server.
   */
  cloudlinkTranscriptReady(interactionId: string | number, options?: CallOptions): Promise<boolean>;
  /**
   * Get Cloudlink chat tag interaction Id interaction Id
   *
   * `GET /chat/cloudlink/{interactionId}/tags/{tagId}` (`Chat_GetCloudlinkChatTag`): the path and method are inferred from the reference, not seen on a real server.
   */
  cloudlinkChatTag(interactionId: string | number, tagId: string | number, options?: CallOptions): Promise<boolean>;
  /**
   * Get Cloudlink chat transcript interaction Id employee Id
   *
   * `GET /chat/cloudlink/{interactionId}/employees/{employeeId}/transcript` (`Chat_GetCloudlinkTranscript`): the path and method are inferred from the reference, not seen on a real server.
   */
  cloudlinkTranscript(interactionId: string | number, employeeId: string | number, options?: CallOptions): Promise<CloudlinkTranscriptModel>;
}

/** `conversations()`: Active interactions in IVR, queues and with agents. */
export interface Conversations {
  /**
   * Get active interactions currently being processed in the IVR, waiting in queue, and handled by agents.
   *
   * `GET /conversations` (`Conversations_GetConversations`): the path and method are inferred from the reference, not seen on a real server.
   */
  list(options?: CollectionOptions): Promise<HalPage<ConversationModel>>;
  /**
   * Get a single interaction.
   *
   * `GET /conversations/{id}` (`Conversations_GetConversation`): the path and method are inferred from the reference, not seen on a real server.
   */
  get(id: string | number, options?: CallOptions): Promise<ConversationModel>;
  /**
   * Allows variables to be inserted into the realtime stream that will get shown in WebIgnite
   *
   * `POST /conversations/{id}/calldetails` (`Conversations_AddCallDetails`): the path and method are inferred from the reference, not seen on a real server.
   */
  addCallDetails(id: string | number, details: CallDetailsDataModelRequest, options?: CallOptions): Promise<CallDetailsDataModel>;
}

/** `diagnostics()`: Diagnostics (experimental): monitors, router commands, problem reports. */
export interface Diagnostics {
  /**
   * Get the subscription count of an employee state monitor. Id, username or me
   *
   * `GET /diagnostics/employees/{id}/statemonitor` (`Diagnostics_GetEmployeeStateMonitorCount`): the path and method are inferred from the reference, not seen on a real server.
   */
  employeeStateMonitorCount(employee: string | number, options?: CallOptions): Promise<string>;
  /**
   * Add an employee state monitor. Id, username or me If set to true (default), don't add a monitor if monitor manager already contains it
   *
   * `POST /diagnostics/employees/{id}/statemonitor/{skipIfContained}` (`Diagnostics_AddEmployeeStateMonitor`): the path and method are inferred from the reference, not seen on a real server.
   */
  addEmployeeStateMonitor(employee: string | number, skipIfContained: boolean, options?: CallOptions): Promise<string>;
  /**
   * Remove an employee state monitor.
   *
   * `DELETE /diagnostics/employees/{id}/statemonitor` (`Diagnostics_RemoveEmployeeStateMonitor`): the path and method are inferred from the reference, not seen on a real server.
   */
  removeEmployeeStateMonitor(employee: string | number, options?: CallOptions): Promise<string>;
  /**
   * Get the subscription count of an employee's agent state monitors. Id, username or me
   *
   * `GET /diagnostics/employees/{id}/agentstatemonitors` (`Diagnostics_GetAgentStateMonitorCount`): the path and method are inferred from the reference, not seen on a real server.
   */
  agentStateMonitorCount(employee: string | number, options?: CallOptions): Promise<string>;
  /**
   * Add an employee's agent state monitors. Id, username or me If set to true (default), don't add a monitor if monitor manager already contains it
   *
   * `POST /diagnostics/employees/{id}/agentstatemonitors/{skipIfContained}` (`Diagnostics_AddAgentStateMonitors`): the path and method are inferred from the reference, not seen on a real server.
   */
  addAgentStateMonitors(employee: string | number, skipIfContained: boolean, options?: CallOptions): Promise<string>;
  /**
   * Remove an employee's agent state monitors.
   *
   * `DELETE /diagnostics/employees/{id}/agentstatemonitors` (`Diagnostics_RemoveAgentStateMonitors`): the path and method are inferred from the reference, not seen on a real server.
   */
  removeAgentStateMonitors(employee: string | number, options?: CallOptions): Promise<string>;
  /**
   * Get the subscription count of an employee's agent inbox monitors. Id, username or me
   *
   * `GET /diagnostics/employees/{id}/agentinboxmonitors` (`Diagnostics_GetAgentInboxMonitorCount`): the path and method are inferred from the reference, not seen on a real server.
   */
  agentInboxMonitorCount(employee: string | number, options?: CallOptions): Promise<string>;
  /**
   * Add an employee's agent inbox monitors. Id, username or me If set to true (default), don't add a monitor if monitor manager already contains it
   *
   * `POST /diagnostics/employees/{id}/agentinboxmonitors/{skipIfContained}` (`Diagnostics_AddAgentInboxMonitors`): the path and method are inferred from the reference, not seen on a real server.
   */
  addAgentInboxMonitors(employee: string | number, skipIfContained: boolean, options?: CallOptions): Promise<string>;
  /**
   * Remove an employee's agent inbox monitors.
   *
   * `DELETE /diagnostics/employees/{id}/agentinboxmonitors` (`Diagnostics_RemoveAgentInboxMonitors`): the path and method are inferred from the reference, not seen on a real server.
   */
  removeAgentInboxMonitors(employee: string | number, options?: CallOptions): Promise<string>;
  /**
   * Router Diagnostic Commands - allows the ability to query the Router. To get a list of support commands type Help as the CommandName
   *
   * `POST /diagnostics/router` (`Diagnostics_RunRouterCommand`): the path and method are inferred from the reference, not seen on a real server.
   */
  routerCommand(command: RouterDiagnosticCommandModelRequest, options?: CallOptions): Promise<string>;
  /** `GET /diagnostics/signalrconnections/{id}` (`Diagnostics_GetSignalRConnectionsById`): the path and method are inferred from the reference, not seen on a real server. */
  signalrConnections(id: string | number, options?: CallOptions): Promise<string[]>;
  /**
   * Post a problem report
   *
   * `POST /diagnostics/problemreports` (`Diagnostics_PostProblemReport`): the path and method are inferred from the reference, not seen on a real server.
   */
  problemReport(report: ProblemReportModelRequest, options?: CallOptions): Promise<string>;
}

/** `directory()`: The contact directory: employees, queues, contacts and Active Directory entries. */
export interface Directory {
  /**
   * Get all directory entries. To filter by type, use ?$filter=Type eq Mitel.MiccSdk.Models.DirectoryEntryType'ElasticContact'. See DirectoryEntryType for the list of supported types.
   *
   * `GET /directory` (`Directory_GetDirectoryEntries`).
   */
  list(options?: CollectionOptions): Promise<HalPage<DirectoryEntryModel>>;
  /**
   * Create a new directory entry.
   *
   * `POST /directory` (`Directory_CreateDirectoryEntry`).
   */
  create(entry: DirectoryEntryModelRequest, options?: CallOptions): Promise<DirectoryEntryModel>;
  /**
   * Get a single directory entry. If multiple matches are found, nothing is returned.
   *
   * `GET /directory/{id}` (`Directory_GetDirectoryEntry`): the method is inferred from the reference, not seen on a real server.
   */
  get(id: string | number, options?: CallOptions): Promise<DirectoryEntryModel>;
  /**
   * Update a directory entry.
   *
   * `PUT /directory/{id}` (`Directory_UpdateDirectoryEntry`).
   */
  update(id: string | number, entry: DirectoryEntryModelRequest, options?: CallOptions): Promise<DirectoryEntryModel>;
}

/** `dnis()`: Dialed numbers (DNIS and CLIP numbers). */
export interface Dnis {
  /**
   * Get dnis numbers
   *
   * `GET /dnis` (`Dnis_GetDnisNumbers`): the path and method are inferred from the reference, not seen on a real server.
   */
  list(options?: CollectionOptions): Promise<HalPage<DnisModel>>;
  /**
   * Get a dnis number
   *
   * Access control: May view real-time information on the devices contained in this list only
   *
   * `GET /dnis/{id}` (`Dnis_GetDnisNumber`): the path and method are inferred from the reference, not seen on a real server.
   */
  get(id: string | number, options?: CallOptions): Promise<DnisModel>;
}

/** `email()`: Email: messages, their parts, sender queues and reply templates. */
export interface Email {
  /**
   * Get a reusable email for the given to
   *
   * `GET /email/reusable` (`Email_GetReusableEmail`): the path and method are inferred from the reference, not seen on a real server.
   */
  reusable(to: string, options?: CollectionOptions): Promise<HalPage<ConversationModel>>;
  /**
   * Get an email.
   *
   * `GET /email/{conversationId}/{getEmailType}/{monthYearCreated}` (`Email_GetEmail`): the path and method are inferred from the reference, not seen on a real server.
   */
  get(conversationId: string | number, kind: string | number, monthYearCreated: string | number, options?: CollectionOptions): Promise<HalPage<ConversationModel>>;
  /**
   * Get an email's image.
   *
   * `GET /email/{conversationId}/images/{resourceId}` (`Email_GetEmailImage`): the path and method are inferred from the reference, not seen on a real server.
   */
  image(conversationId: string | number, resourceId: string | number, options?: CallOptions): Promise<string>;
  /**
   * Get an email's attachment.
   *
   * `GET /email/{conversationId}/attachments` (`Email_GetEmailAttachment`): the path and method are inferred from the reference, not seen on a real server.
   */
  attachment(conversationId: string | number, fileName: string, options?: CallOptions): Promise<string>;
  /**
   * Get queue emails that can be used for setting the from address
   *
   * `GET /email/{conversationId}/fromqueues` (`Email_GetFromQueues`): the path and method are inferred from the reference, not seen on a real server.
   */
  fromQueues(conversationId: string | number, options?: CollectionOptions): Promise<HalPage<QueueModel>>;
  /**
   * Get a list of Personal Reply Template folders
   *
   * `GET /email/replytemplates/folders` (`Email_GetReplyTemplateFolders`): the path and method are inferred from the reference, not seen on a real server.
   */
  replyTemplateFolders(options?: CallOptions): Promise<ReplyTemplateFolderModel>;
  /**
   * Get a list of Personal Reply Templates
   *
   * `GET /email/replytemplates` (`Email_GetReplyTemplates`): the path and method are inferred from the reference, not seen on a real server.
   */
  replyTemplates(options?: CallOptions): Promise<JsonObject[]>;
  /** `GET /email/replytemplates/basedirectory` (`Email_GetReplyTemplatesBaseDirectory`): the path and method are inferred from the reference, not seen on a real server. */
  replyTemplatesBaseDirectory(options?: CallOptions): Promise<string>;
  /** `GET /email/replytemplates/template` (`Email_GetReplyTemplate`): the path and method are inferred from the reference, not seen on a real server. */
  replyTemplate(filePath: string, options?: CallOptions): Promise<ReplyTemplateModel>;
  /**
   * Check to see if the MICCSDK can access the desired reply template file
   *
   * `GET /email/replytemplates/fileaccess` (`Email_CheckReplyTemplateFileAccess`): the path and method are inferred from the reference, not seen on a real server.
   */
  checkReplyTemplateFileAccess(filePath: string, options?: CallOptions): Promise<string>;
  /**
   * Check to see if the MICCSDK can access the desired reply template directory
   *
   * `GET /email/replytemplates/directoryaccess` (`Email_CheckReplyTemplateDirectoryAccess`): the path and method are inferred from the reference, not seen on a real server.
   */
  checkReplyTemplateDirectoryAccess(filePath: string, options?: CallOptions): Promise<string>;
  /**
   * Get a list of personal reply template file names
   *
   * `GET /email/replytemplates/filenames` (`Email_GetReplyTemplateFileNames`): the path and method are inferred from the reference, not seen on a real server.
   */
  replyTemplateFileNames(options?: CallOptions): Promise<JsonObject[]>;
  /**
   * Get personal reply template content File name
   *
   * `GET /email/replytemplates/content` (`Email_GetReplyTemplateContent`): the path and method are inferred from the reference, not seen on a real server.
   */
  replyTemplateContent(fileName: string, options?: CallOptions): Promise<ReplyTemplateContentModel>;
}

/** `employees().me()/id(...)`: One employee's operations. */
export interface Employee {
  /**
   * Get an employee. Supports "$expand" up to two expansions. Example: "/employee/me?$expand=state" returns the employee with their state expanded in the embedded details
   *
   * Access control: May view real-time information on the devices contained in this list only
   *
   * `GET /employees/{id}` (`Employee_GetEmployee`): the path and method are inferred from the reference, not seen on a real server.
   */
  get(options?: CallOptions): Promise<EmployeeModel>;
  /**
   * Upload user profile picture
   *
   * Access control: Using "me" is always allowed.
   *
   * `POST /employees/{id}/photo` (`Employee_UploadProfilePicture`): the path and method are inferred from the reference, not seen on a real server.
   */
  uploadPhoto(photo: FileUploadModelRequest, options?: CallOptions): Promise<string>;
  /**
   * Get agent groups for an employee
   *
   * Access control: May view real-time information on the devices contained in this list only
   *
   * `GET /employees/{id}/agentgroups` (`Employee_GetEmployeeAgentGroups`): the path and method are inferred from the reference, not seen on a real server.
   */
  agentGroups(options?: CollectionOptions): Promise<HalPage<AgentGroupModel>>;
  /**
   * Get queues for an employee
   *
   * Access control: Requires "May view real-time information on the devices contained in this list only"
   *
   * `GET /employees/{id}/queues` (`Employee_GetEmployeeQueues`): the path and method are inferred from the reference, not seen on a real server.
   */
  queues(options?: CollectionOptions): Promise<HalPage<QueueModel>>;
  /**
   * Get extensions for an employee
   *
   * Access control: Requires "May view real-time information on the devices contained in this list only"
   *
   * `GET /employees/{id}/extensions` (`Employee_GetEmployeeExtensions`): the path and method are inferred from the reference, not seen on a real server.
   */
  extensions(options?: CollectionOptions): Promise<HalPage<ExtensionModel>>;
  /**
   * Get the state of an employee. Note that the agent presences are snapshots from the last employee state changed event. If an agent state change does not affect the overriding employee state, it will not be updated on this object until the next employee state change.
   *
   * Access control: May view real-time information on the devices contained in this list only
   *
   * `GET /employees/{id}/state` (`Employee_GetEmployeeState`).
   */
  state(options?: CallOptions): Promise<EmployeeState>;
  /**
   * Update the state of an employee
   *
   * Access control: Using "me" is always allowed. Anything else requires "May change the real-time states of agents and queues in Interactive Contact Center"
   *
   * `PUT /employees/{id}/state` (`Employee_UpdateEmployeeState`).
   */
  setState(state: EmployeeStateUpdateModelRequest, options?: CallOptions): Promise<string>;
  /**
   * Get the agent group precense of an employee
   *
   * Access control: Requires "May view real-time information on the devices contained in this list only"
   *
   * `GET /employees/{id}/agentgrouppresence` (`Employee_GetAgentGroupPresence`).
   */
  agentGroupPresence(options?: CollectionOptions): Promise<HalPage<EmployeeAgentGroupModel>>;
  /**
   * Update the agent group presence of an employee
   *
   * Access control: Using "me" requires "May control my real-time presence status in ICC". Anything else requires "May control real-time presene of devices contained in this list only".
   *
   * `PUT /employees/{id}/agentgrouppresence` (`Employee_UpdateAgentGroupPresence`).
   */
  setAgentGroupPresence(presence: HalPage<EmployeeAgentGroupModelRequest>, options?: CallOptions): Promise<string>;
  /**
   * Get the agent group presence of an employee for a particular group
   *
   * Access control: Requires "May view real-time information on the devices contained in this list only"
   *
   * `GET /employees/{id}/agentgrouppresence/{groupid}` (`Employee_GetAgentGroupPresenceForGroup`): the method is inferred from the reference, not seen on a real server.
   */
  agentGroupPresenceIn(group: string | number, options?: CollectionOptions): Promise<HalPage<EmployeeAgentGroupModel>>;
  /**
   * Update the agent group presence of an employee
   *
   * Access control: Using "me" requires "May control my real-time presence status in ICC". Anything else requires "May control real-time presene of devices contained in this list only".
   *
   * `PUT /employees/{id}/agentgrouppresence/{groupid}` (`Employee_UpdateAgentGroupPresenceForGroup`).
   */
  setAgentGroupPresenceIn(group: string | number, presence: EmployeeAgentGroupModelRequest, options?: CallOptions): Promise<string>;
  /**
   * Get all "Busy" and "Do Not Disturb" reason codes allowed for an employee
   *
   * Access control: Requires "May view real-time information on the devices contained in this list only"
   *
   * `GET /employees/{id}/busyreasoncodes` (`Employee_GetBusyReasonCodes`).
   */
  busyReasonCodes(options?: CollectionOptions): Promise<HalPage<ReasonCodeModel>>;
  /**
   * Get all account codes allowed for an employee
   *
   * Access control: Requires "May view real-time information on the devices contained in this list only"
   *
   * `GET /employees/{id}/accountcodes` (`Employee_GetAccountCodes`): the path and method are inferred from the reference, not seen on a real server.
   */
  accountCodes(options?: CollectionOptions): Promise<HalPage<HalResource>>;
  /**
   * Get all greetings for an employee. By default, the names are empty.
   *
   * Access control: Requires "May view real-time information on the devices contained in this list only"
   *
   * `GET /employees/{id}/greetings` (`Employee_GetGreetings`): the path and method are inferred from the reference, not seen on a real server.
   */
  greetings(options?: CallOptions): Promise<EmployeeGreetingsModel>;
  /**
   * Start an outbound call to an agent to record their default greeting or a queue greeting
   *
   * Access control: Using "me" is always allowed. Third party requests are deined
   *
   * `POST /employees/{id}/greetings/recording` (`Employee_StartGreetingRecording`): the path and method are inferred from the reference, not seen on a real server.
   */
  startGreetingRecording(recording: GreetingRecordingModelRequest, options?: CallOptions): Promise<string>;
  /**
   * Updates an employee's agent greeting
   *
   * Access control: Using "me" is always allowed. Third party requests are deined
   *
   * `PUT /employees/{id}/greetings/{actionName}/{fileToDelete}` (`Employee_UpdateGreeting`): the path and method are inferred from the reference, not seen on a real server.
   */
  updateGreeting(action: string | number, fileToDelete: string | number, greetings: EmployeeGreetingsModelRequest, options?: CallOptions): Promise<string>;
  /**
   * Get active conversations in an employee's inbox
   *
   * Access control: Using "me" is always allowed. A supervisor license is required for anything else.
   *
   * `GET /employees/{id}/conversations` (`Employee_GetConversations`): the method is inferred from the reference, not seen on a real server.
   */
  conversations(options?: CollectionOptions): Promise<HalPage<ConversationModel>>;
  /**
   * Update a list of conversations in an employees inbox
   *
   * Access control: Using "me" is always allowed. Supervisors are allowed to transfer any conversation.
   *
   * `PUT /employees/{id}/conversations` (`Employee_UpdateConversations`): the method is inferred from the reference, not seen on a real server.
   */
  updateConversations(updates: ConversationUpdateModelRequest[], options?: CallOptions): Promise<string>;
  /**
   * Start a new conversation (Voice, SMS) or initiate a silent monitor session
   *
   * Access control: Using "me" is always allowed. Third party requests are denied
   *
   * `POST /employees/{id}/conversations` (`Employee_StartConversation`).
   */
  startConversation(request: ConversationRequestModelRequest, options?: CallOptions): Promise<string>;
  /**
   * Get a conversation
   *
   * Access control: Using "me" is always allowed. A supervisor license is required for anything else.
   *
   * `GET /employees/{id}/conversations/{conversationId}` (`Employee_GetConversation`): the method is inferred from the reference, not seen on a real server.
   */
  conversation(conversationId: string | number, options?: CallOptions): Promise<ConversationModel>;
  /**
   * Update a conversation in an employees inbox
   *
   * Access control: Using "me" is always allowed. Supervisors are allowed to transfer any conversation.
   *
   * `PUT /employees/{id}/conversations/{conversationId}` (`Employee_UpdateConversation`).
   */
  updateConversation(conversationId: string | number, update: ConversationUpdateModelRequest, options?: CallOptions): Promise<string>;
}

/** `employees()`: Employees; `me()` is the token's own employee. */
export interface Employees {
  /**
   * Get all employees. "$expand" options are limited to two expands. Only singular options can be expanded.
   *
   * Access control: May view real-time information on the devices contained in this list only
   *
   * `GET /employees` (`Employee_GetEmployees`): the path and method are inferred from the reference, not seen on a real server.
   */
  list(options?: CollectionOptions): Promise<HalPage<EmployeeModel>>;
  /**
   * Update the state of a list of employees
   *
   * Access control: Requires "May change the real-time states of agents and queues in Interactive Contact Center"
   *
   * `PUT /employees/state` (`Employee_UpdateEmployeeStates`): the path and method are inferred from the reference, not seen on a real server.
   */
  updateStates(states: EmployeeStateUpdateModelRequest[], options?: CallOptions): Promise<string>;
  /** The caller's own employee. */
  me(): Employee;
  /** An employee by id, username or reporting number. */
  id(id: string | number): Employee;
}

/** `extensions()`: Extensions (phones). */
export interface Extensions {
  /**
   * Get all extensions. "$expand" options are limited to two expands. Only singular options can be expanded.
   *
   * Access control: May view real-time information on the devices contained in this list only
   *
   * `GET /extensions` (`Extension_GetExtensions`): the path and method are inferred from the reference, not seen on a real server.
   */
  list(options?: CollectionOptions): Promise<HalPage<ExtensionModel>>;
  /**
   * Get an extension.
   *
   * Access control: May view real-time information on the devices contained in this list only
   *
   * `GET /extensions/{id}` (`Extension_GetExtension`): the path and method are inferred from the reference, not seen on a real server.
   */
  get(id: string | number, options?: CallOptions): Promise<ExtensionModel>;
}

/** `globalReplyTemplates()`: Global reply templates for email, chat and SMS. */
export interface GlobalReplyTemplates {
  /**
   * Get global reply templates
   *
   * `GET /globalreplytemplates` (`GlobalReplyTemplate_GetGlobalReplyTemplates`): the path and method are inferred from the reference, not seen on a real server.
   */
  list(options?: CollectionOptions): Promise<HalPage<GlobalReplyTemplateModel>>;
  /**
   * Create a new Global Reply Template.
   *
   * `POST /globalreplytemplates` (`GlobalReplyTemplate_CreateGlobalReplyTemplate`): the path and method are inferred from the reference, not seen on a real server.
   */
  create(template: GlobalReplyTemplateModelRequest, options?: CallOptions): Promise<GlobalReplyTemplateModel>;
  /**
   * Get a single global reply template.
   *
   * `GET /globalreplytemplates/{id}` (`GlobalReplyTemplate_GetGlobalReplyTemplate`): the path and method are inferred from the reference, not seen on a real server.
   */
  get(id: string | number, options?: CallOptions): Promise<GlobalReplyTemplateModel>;
  /**
   * Update a Global Reply Template.
   *
   * `PUT /globalreplytemplates/{id}` (`GlobalReplyTemplate_UpdateGlobalReplyTemplate`): the path and method are inferred from the reference, not seen on a real server.
   */
  update(id: string | number, template: GlobalReplyTemplateModelRequest, options?: CallOptions): Promise<GlobalReplyTemplateModel>;
  /**
   * Delete a Global Reply Template.
   *
   * `DELETE /globalreplytemplates/{id}` (`GlobalReplyTemplate_DeleteGlobalReplyTemplate`): the path and method are inferred from the reference, not seen on a real server.
   */
  delete(id: string | number, options?: CallOptions): Promise<string>;
  /** `GET /globalreplytemplates/tags` (`GlobalReplyTemplate_GetGlobalReplyTemplateTags`): the path and method are inferred from the reference, not seen on a real server. */
  tags(options?: CollectionOptions): Promise<HalPage<HalResource>>;
}

/** `history()`: Indexed interactions, historical or active (experimental in the reference). */
export interface History {
  /**
   * Get indexed interactions (historical or active). The "$search" option is mandatory in the request string. For instance, to find the last voice interaction handled by an agent in the UTC-5 time zone, call with these parameters $search='\_exists\_:lastagentid;media:Voice' $top=1 $orderby=timeOfferedToSystem desc offset=300 global=true
   *
   * Access control: May view real-time information on the devices contained in this list only
   *
   * `GET /history` (`History_GetHistory`): the path and method are inferred from the reference, not seen on a real server.
   */
  search(options?: CollectionOptions): Promise<HalPage<ConversationModel>>;
  /** `GET /history/count` (`History_GetHistoryCount`): the path and method are inferred from the reference, not seen on a real server. */
  count(options?: CallOptions): Promise<number>;
}

/** `mailServers()`: Mail servers. */
export interface MailServers {
  /**
   * Get all mail servers
   *
   * `GET /mailservers` (`MailServer_GetMailServers`): the path and method are inferred from the reference, not seen on a real server.
   */
  list(options?: CollectionOptions): Promise<HalPage<MailServerModel>>;
  /**
   * Get a mail server.
   *
   * `GET /mailservers/{id}` (`MailServer_GetMailServer`): the path and method are inferred from the reference, not seen on a real server.
   */
  get(id: string | number, options?: CallOptions): Promise<MailServerModel>;
}

/** `mediaServers()`: Media servers (voice, email, chat, SMS, open media). */
export interface MediaServers {
  /**
   * Get all media servers
   *
   * `GET /mediaservers` (`MediaServer_GetMediaServers`): the path and method are inferred from the reference, not seen on a real server.
   */
  list(options?: CollectionOptions): Promise<HalPage<MediaServerModel>>;
  /**
   * Get a media server
   *
   * `GET /mediaservers/{id}` (`MediaServer_GetMediaServer`): the path and method are inferred from the reference, not seen on a real server.
   */
  get(id: string | number, options?: CallOptions): Promise<MediaServerModel>;
  /**
   * Get all media server times
   *
   * `GET /mediaservers/times` (`MediaServer_GetMediaServerTimes`): the path and method are inferred from the reference, not seen on a real server.
   */
  times(options?: CallOptions): Promise<{ [key: string]: string }>;
}

/** `openMedia()`: Open media: items routed for third-party systems. */
export interface OpenMedia {
  /**
   * Get all active open media items currently being executed in the system. For historical queries use $search='{search term}' to query previously executed open media items.
   *
   * Access control: May view real-time information on the devices contained in this list only
   *
   * `GET /openmedia` (`OpenMedia_GetOpenMediaItems`).
   */
  list(options?: CollectionOptions): Promise<HalPage<OpenMediaConversationModel>>;
  /**
   * Create a new open media item to be routed. You can provide Contact information inside the “variableData” field (see below), such as “Name”, “Email”, “Phone” and “MobilePhone”, so the system can identify an existing contact or create a new one for this interaction.
   *
   * `POST /openmedia` (`OpenMedia_CreateOpenMedia`).
   */
  create(item: OpenMediaRequestModelRequest, options?: CallOptions): Promise<OpenMediaConversationModel>;
  /**
   * Get an open media conversation. Note that conversation details are only returned if the conversation is in either an InQueue or ACD state. If a conversation is in either Failed or Handled states, then this method will not return conversation details, and will instead return 404/Not Found.
   *
   * `GET /openmedia/{id}` (`OpenMedia_GetOpenMedia`).
   */
  get(id: string | number, options?: CallOptions): Promise<OpenMediaConversationModel>;
  /**
   * It is used to reroute a failed interaction by an employee or complete an interaction by a third party system. To complete an interaction, because the media item is unknown to the contact center it must be ended manually by the agent OR automatically by the third party. If an item is completed while it is in: 1) a queue waiting for routing then this is considered an abandoned item and the queue will be credited with an abandon. 2) the offered/ringing state in the agent's inbox then this is also considered an abandoned item. 3) the accepted/ACD state then it will be marked as handled item.
   *
   * `PUT /openmedia/{id}` (`OpenMedia_UpdateOpenMedia`): the method is inferred from the reference, not seen on a real server.
   */
  update(id: string | number, update: OpenMediaUpdateRequestModelRequest, options?: CallOptions): Promise<string>;
  /**
   * Get all active open media queues known to this system with links to active conversations in these queues.
   *
   * Access control: May view real-time information on the devices contained in this list only
   *
   * `GET /openmedia/queues` (`OpenMedia_GetOpenMediaQueues`): the path and method are inferred from the reference, not seen on a real server.
   */
  queues(options?: CollectionOptions): Promise<HalPage<QueueModel>>;
}

/** `prompts()`: IVR prompts. */
export interface Prompts {
  /**
   * Get voice routing prompts
   *
   * Access control: May view real-time information on the devices contained in this list only
   *
   * `GET /prompts` (`Prompt_GetPrompts`): the path and method are inferred from the reference, not seen on a real server.
   */
  list(options?: CollectionOptions): Promise<HalPage<PromptModel>>;
  /**
   * Get a voice routing prompt
   *
   * Access control: May view real-time information on the devices contained in this list only
   *
   * `GET /prompts/{id}` (`Prompt_GetPrompt`): the path and method are inferred from the reference, not seen on a real server.
   */
  get(id: string | number, options?: CallOptions): Promise<PromptModel>;
}

/** `queueGroups()`: Queue groups: aggregated Queue Now of several queues. */
export interface QueueGroups {
  /**
   * Get all members of a queue group.
   *
   * Access control: May view real-time information on the devices contained in this list only
   *
   * `GET /queuegroups/{id}/members` (`Queue_GetQueueGroupMembers`): the path and method are inferred from the reference, not seen on a real server.
   */
  members(id: string | number, options?: CollectionOptions): Promise<HalPage<QueueModel>>;
  /** `GET /queuegroups/state` (`Queue_GetGroupStates`): the path and method are inferred from the reference, not seen on a real server. */
  states(options?: CollectionOptions): Promise<HalPage<QueueState>>;
  /**
   * Get a queue group state. Commonly referred to as "Queue Now".
   *
   * Access control: Requires "May view real-time information on the devices contained in this list only"
   *
   * `GET /queuegroups/{id}/state` (`Queue_GetGroupState`): the path and method are inferred from the reference, not seen on a real server.
   */
  state(id: string | number, options?: CallOptions): Promise<QueueState>;
  /**
   * Get a conversation details waiting in a queue group
   *
   * Access control: Requires "May view real-time information on the devices contained in this list only"
   *
   * `GET /queuegroups/{qid}/conversations/{cid}` (`Queue_GetGroupConversation`): the path and method are inferred from the reference, not seen on a real server.
   */
  conversation(groupId: string | number, conversationId: string | number, options?: CallOptions): Promise<ConversationModel>;
}

/** `queues()`: Queues: "Queue Now" statistics and waiting conversations. */
export interface Queues {
  /**
   * Get all queues
   *
   * Access control: Requires "May view real-time information on the devices contained in this list only"
   *
   * `GET /queues` (`Queue_GetQueues`): the path and method are inferred from the reference, not seen on a real server.
   */
  list(options?: CollectionOptions): Promise<HalPage<QueueModel>>;
  /**
   * Get my queues states. Commonly referred to as "Queue Now".
   *
   * Access control: Requires "May view real-time information on the devices contained in this list only"
   *
   * `GET /queues/state` (`Queue_GetQueueStates`).
   */
  states(options?: CollectionOptions): Promise<HalPage<QueueState>>;
  /**
   * Get a queue
   *
   * Access control: Requires "May view real-time information on the devices contained in this list only"
   *
   * `GET /queues/{id}` (`Queue_GetQueue`): the path and method are inferred from the reference, not seen on a real server.
   */
  get(id: string | number, options?: CallOptions): Promise<QueueModel>;
  /**
   * Delete a queue
   *
   * Access control: YourSite Explorer, Device Configuration, Full Control
   *
   * `DELETE /queues/{id}` (`Queue_DeleteQueue`): the path and method are inferred from the reference, not seen on a real server.
   */
  delete(id: string | number, options?: CallOptions): Promise<string>;
  /**
   * Get a queue's state. Commonly referred to as "Queue Now".
   *
   * Access control: Requires "May view real-time information on the devices contained in this list only"
   *
   * `GET /queues/{id}/state` (`Queue_GetQueueState`).
   */
  state(id: string | number, options?: CallOptions): Promise<QueueState>;
  /**
   * Get conversations currently waiting in queue
   *
   * Access control: Requires "May view real-time information on the devices contained in this list only"
   *
   * `GET /queues/{id}/conversations` (`Queue_GetQueueConversations`).
   */
  conversations(id: string | number, options?: CollectionOptions): Promise<HalPage<ConversationModel>>;
  /**
   * Update a list of conversations currently waiting in queue. Email operations like Junk and No Reply are supported.
   *
   * Access control: Requires "May view real-time information on the devices contained in this list only"
   *
   * `PUT /queues/{id}/conversations` (`Queue_UpdateQueueConversations`): the method is inferred from the reference, not seen on a real server.
   */
  updateConversations(id: string | number, updates: ConversationUpdateModelRequest[], options?: CallOptions): Promise<string>;
  /**
   * Get a conversation details waiting in a queue
   *
   * Access control: Requires "May view real-time information on the devices contained in this list only"
   *
   * `GET /queues/{id}/conversations/{conversationId}` (`Queue_GetQueueConversation`): the method is inferred from the reference, not seen on a real server.
   */
  conversation(id: string | number, conversationId: string | number, options?: CallOptions): Promise<ConversationModel>;
  /**
   * Update a conversation waiting in a queue
   *
   * Access control: Requires "May view real-time information on the devices contained in this list only"
   *
   * `PUT /queues/{id}/conversations/{conversationId}` (`Queue_UpdateQueueConversation`).
   */
  updateConversation(id: string | number, conversationId: string | number, update: ConversationUpdateModelRequest, options?: CallOptions): Promise<string>;
}

/** `reasonCodes()`: Reason codes (busy, do not disturb). */
export interface ReasonCodes {
  /**
   * Get reason codes
   *
   * `GET /reasoncodes` (`ReasonCode_GetReasonCodes`): the path and method are inferred from the reference, not seen on a real server.
   */
  list(options?: CollectionOptions): Promise<HalPage<ReasonCodeModel>>;
  /**
   * Get a reason code
   *
   * `GET /reasoncodes/{id}` (`ReasonCode_GetReasonCode`): the path and method are inferred from the reference, not seen on a real server.
   */
  get(id: string | number, options?: CallOptions): Promise<ReasonCodeModel>;
}

/** `sites()`: Sites. */
export interface Sites {
  /**
   * Get sites / tenants in the system
   *
   * Access control: May access the sites contained in this list only. When tenanting mode is enabled only allows access to callers tenant.
   *
   * `GET /sites` (`Site_GetSites`): the path and method are inferred from the reference, not seen on a real server.
   */
  list(options?: CollectionOptions): Promise<HalPage<SiteModel>>;
  /**
   * Get a site
   *
   * Access control: May access the sites contained in this list only. When tenanting mode is enabled only allows access to callers tenant.
   *
   * `GET /sites/{id}` (`Site_GetSite`): the path and method are inferred from the reference, not seen on a real server.
   */
  get(id: string | number, options?: CallOptions): Promise<SiteModel>;
}

/** `sms()`: SMS: sender queues and reply templates. */
export interface Sms {
  /**
   * Get sms queues that can be used for setting the from field
   *
   * `GET /sms/fromqueues` (`Sms_GetFromQueues`): the path and method are inferred from the reference, not seen on a real server.
   */
  fromQueues(options?: CollectionOptions): Promise<HalPage<QueueModel>>;
  /**
   * Get a list of Personal Reply Template folders
   *
   * `GET /sms/replytemplates/folders` (`Sms_GetReplyTemplateFolders`): the path and method are inferred from the reference, not seen on a real server.
   */
  replyTemplateFolders(options?: CallOptions): Promise<ReplyTemplateFolderModel>;
  /**
   * Get a list of Personal Reply Templates
   *
   * `GET /sms/replytemplates` (`Sms_GetReplyTemplates`): the path and method are inferred from the reference, not seen on a real server.
   */
  replyTemplates(options?: CallOptions): Promise<JsonObject[]>;
  /**
   * Get the Reply Template Base Directory
   *
   * `GET /sms/replytemplates/basedirectory` (`Sms_GetReplyTemplatesBaseDirectory`): the path and method are inferred from the reference, not seen on a real server.
   */
  replyTemplatesBaseDirectory(options?: CallOptions): Promise<string>;
  /**
   * Get ReplyTemplate
   *
   * `GET /sms/replytemplates/template` (`Sms_GetReplyTemplate`): the path and method are inferred from the reference, not seen on a real server.
   */
  replyTemplate(filePath: string, options?: CallOptions): Promise<ReplyTemplateModel>;
  /**
   * Get a list of personal reply template file names
   *
   * `GET /sms/replytemplates/filenames` (`Sms_GetReplyTemplateFileNames`): the path and method are inferred from the reference, not seen on a real server.
   */
  replyTemplateFileNames(options?: CallOptions): Promise<JsonObject[]>;
  /**
   * Get personal reply template content File name
   *
   * `GET /sms/replytemplates/content` (`Sms_GetReplyTemplateContent`): the path and method are inferred from the reference, not seen on a real server.
   */
  replyTemplateContent(fileName: string, options?: CallOptions): Promise<ReplyTemplateContentModel>;
}

/** `variables()`: Routing variables. */
export interface Variables {
  /**
   * Get IVR Variables
   *
   * `GET /variables` (`Variables_GetVariables`): the path and method are inferred from the reference, not seen on a real server.
   */
  list(options?: CollectionOptions): Promise<HalPage<VariableModel>>;
  /**
   * Get an IVR Variable
   *
   * `GET /variables/{id}` (`Variables_GetVariable`): the path and method are inferred from the reference, not seen on a real server.
   */
  get(id: string | number, options?: CallOptions): Promise<VariableModel>;
}

/** `warningReasons()`: Warning reasons. */
export interface WarningReasons {
  /**
   * Get warning reasons
   *
   * `GET /warningreasons` (`WarningReason_GetWarningReasons`): the path and method are inferred from the reference, not seen on a real server.
   */
  list(options?: CollectionOptions): Promise<HalPage<WarningReasonModel>>;
  /**
   * Get a warning reason
   *
   * `GET /warningreasons/{id}` (`WarningReason_GetWarningReason`): the path and method are inferred from the reference, not seen on a real server.
   */
  get(id: string | number, options?: CallOptions): Promise<WarningReasonModel>;
}

/** `webhooks()`: Webhooks and call recordings. */
export interface Webhooks {
  /**
   * Registers a webhook with MiccSDK to allow OSCMS to receive requests.
   *
   * Access control: Local Administrator or Enterprise Administrator Role
   *
   * `POST /webhooks` (`WebHook_RegisterWebhook`): the path and method are inferred from the reference, not seen on a real server.
   */
  register(hook: WebhookModelRequest, options?: CallOptions): Promise<string>;
  /**
   * Retrieves a list of all registered Webhooks.
   *
   * Access control: Can be used only by system-level users.
   *
   * `GET /webhooks` (`WebHook_GetWebhooks`): the path and method are inferred from the reference, not seen on a real server.
   */
  list(options?: CallOptions): Promise<WebhookListModel>;
  /**
   * Retrieves all registered extensions for all OSCMS.
   *
   * `GET /webhooks/extensions` (`WebHook_GetOscmsExtensions`): the path and method are inferred from the reference, not seen on a real server.
   */
  oscmsExtensions(options?: CallOptions): Promise<JsonObject[]>;
  /**
   * Retrieves call recordings associated with a specific caseId and callId.
   *
   * `GET /webhooks/cases/{caseId}/calls/{callId}/recordings` (`WebHook_GetCallRecordings`): the path and method are inferred from the reference, not seen on a real server.
   */
  callRecordings(caseId: string | number, callId: string | number, options?: CollectionOptions): Promise<HalPage<HalResource>>;
  /**
   * Downloads a specific recording file by its ID.
   *
   * `GET /webhooks/recordings/{recordingId}/download` (`WebHook_DownloadRecording`): the path and method are inferred from the reference, not seen on a real server.
   */
  downloadRecording(recordingId: string | number, options?: CallOptions): Promise<string>;
  /**
   * Play a specific recording file by its ID.
   *
   * `GET /webhooks/recordings/{recordingId}/play` (`WebHook_PlayRecording`): the path and method are inferred from the reference, not seen on a real server.
   */
  playRecording(recordingId: string | number, options?: CallOptions): Promise<string>;
}

/** A client of one Mitel CX SDK server. */
export declare class MiccClient {
  constructor(options: ClientOptions);
  /** Uses `token` from now on (`expiresIn`: its lifetime in seconds, if known): with auth type "token" it replaces the token, otherwise it is used until it lapses or is refused. Throws a MiccError (kind "invalid-argument") for a token no header can carry. */
  setToken(token: string, expiresIn?: number): void;
  /** Replaces the credentials (e.g. after the user typed a new password): the old token is dropped and a refusal of the old credentials is forgotten. */
  setCredentials(auth: AuthOptions): void;
  /** The real-time channel: SignalR subscriptions with snapshots, one connection per client (see realtime.d.ts). */
  readonly realtime: Realtime;
  agentGroups(): AgentGroups;
  agents(): Agents;
  applicationProfiles(): ApplicationProfiles;
  cases(): Cases;
  chat(): Chat;
  conversations(): Conversations;
  diagnostics(): Diagnostics;
  directory(): Directory;
  dnis(): Dnis;
  email(): Email;
  employees(): Employees;
  extensions(): Extensions;
  globalReplyTemplates(): GlobalReplyTemplates;
  history(): History;
  mailServers(): MailServers;
  mediaServers(): MediaServers;
  openMedia(): OpenMedia;
  prompts(): Prompts;
  queueGroups(): QueueGroups;
  queues(): Queues;
  reasonCodes(): ReasonCodes;
  sites(): Sites;
  sms(): Sms;
  variables(): Variables;
  warningReasons(): WarningReasons;
  webhooks(): Webhooks;
  /**
   * Returns status information of the server.
   *
   * Access control: Any user
   *
   * `GET /status` (`Status_GetStatus`): the path and method are inferred from the reference, not seen on a real server.
   */
  status(options?: CallOptions): Promise<ServerStatusModel>;
}
