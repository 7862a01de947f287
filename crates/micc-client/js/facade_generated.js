// @generated from crates/micc-api/spec/openapi.json by crates/micc-api/src/codegen/.
// Do not edit: cargo run -p micc-api --features codegen --example gen_client

/** Builds the resource-grouped client over the wasm `WasmClient`. */
export function defineClient(WasmClient) {
  class AgentGroups {
    constructor(client) { this.client = client; }
    list(options) {
      return this.client._call("Agent_GetAgentGroups", [], options);
    }
    get(id, options) {
      return this.client._call("Agent_GetAgentGroup", [id], options);
    }
    states(id, options) {
      return this.client._call("Agent_GetAgentGroupStates", [id], options);
    }
    agents(id, options) {
      return this.client._call("Agent_GetAgentGroupAgents", [id], options);
    }
  }

  class Agents {
    constructor(client) { this.client = client; }
    list(options) {
      return this.client._call("Agent_GetAgents", [], options);
    }
    states(options) {
      return this.client._call("Agent_GetAgentStates", [], options);
    }
    get(id, options) {
      return this.client._call("Agent_GetAgent", [id], options);
    }
    state(id, options) {
      return this.client._call("Agent_GetAgentState", [id], options);
    }
    licenses(options) {
      return this.client._call("Agent_GetLicenseInfo", [], options);
    }
    integratedSoftphone(id, options) {
      return this.client._call("Agent_GetIntegratedSoftphone", [id], options);
    }
  }

  class ApplicationProfiles {
    constructor(client) { this.client = client; }
    list(application, options) {
      return this.client._call("ApplicationProfile_GetApplicationProfiles", [application], options);
    }
    get(application, profile, options) {
      return this.client._call("ApplicationProfile_GetApplicationProfile", [application, profile], options);
    }
  }

  class Cases {
    constructor(client) { this.client = client; }
    list(options) {
      return this.client._call("Cases_GetCases", [], options);
    }
    get(id, monthYearCreated, options) {
      return this.client._call("Cases_GetCase", [id, monthYearCreated], options);
    }
  }

  class Chat {
    constructor(client) { this.client = client; }
    replyTemplateFolders(options) {
      return this.client._call("Chat_GetReplyTemplateFolders", [], options);
    }
    replyTemplates(options) {
      return this.client._call("Chat_GetReplyTemplates", [], options);
    }
    replyTemplatesBaseDirectory(options) {
      return this.client._call("Chat_GetReplyTemplatesBaseDirectory", [], options);
    }
    replyTemplate(filePath, options) {
      return this.client._call("Chat_GetReplyTemplate", [], { ...options, query: { ...options?.query, filePath: filePath } });
    }
    checkReplyTemplateFileAccess(filePath, options) {
      return this.client._call("Chat_CheckReplyTemplateFileAccess", [], { ...options, query: { ...options?.query, filePath: filePath } });
    }
    checkReplyTemplateDirectoryAccess(filePath, options) {
      return this.client._call("Chat_CheckReplyTemplateDirectoryAccess", [], { ...options, query: { ...options?.query, filePath: filePath } });
    }
    replyTemplateFileNames(options) {
      return this.client._call("Chat_GetReplyTemplateFileNames", [], options);
    }
    replyTemplateContent(fileName, options) {
      return this.client._call("Chat_GetReplyTemplateContent", [], { ...options, query: { ...options?.query, fileName: fileName } });
    }
    cloudlinkTranscriptReady(interactionId, options) {
      return this.client._call("Chat_PeekCloudlinkTranscript", [interactionId], options);
    }
    cloudlinkChatTag(interactionId, tagId, options) {
      return this.client._call("Chat_GetCloudlinkChatTag", [interactionId, tagId], options);
    }
    cloudlinkTranscript(interactionId, employeeId, options) {
      return this.client._call("Chat_GetCloudlinkTranscript", [interactionId, employeeId], options);
    }
  }

  class Conversations {
    constructor(client) { this.client = client; }
    list(options) {
      return this.client._call("Conversations_GetConversations", [], options);
    }
    get(id, options) {
      return this.client._call("Conversations_GetConversation", [id], options);
    }
    addCallDetails(id, details, options) {
      return this.client._call("Conversations_AddCallDetails", [id], { ...options, body: details });
    }
  }

  class Diagnostics {
    constructor(client) { this.client = client; }
    employeeStateMonitorCount(employee, options) {
      return this.client._call("Diagnostics_GetEmployeeStateMonitorCount", [employee], options);
    }
    addEmployeeStateMonitor(employee, skipIfContained, options) {
      return this.client._call("Diagnostics_AddEmployeeStateMonitor", [employee, String(skipIfContained)], options);
    }
    removeEmployeeStateMonitor(employee, options) {
      return this.client._call("Diagnostics_RemoveEmployeeStateMonitor", [employee], options);
    }
    agentStateMonitorCount(employee, options) {
      return this.client._call("Diagnostics_GetAgentStateMonitorCount", [employee], options);
    }
    addAgentStateMonitors(employee, skipIfContained, options) {
      return this.client._call("Diagnostics_AddAgentStateMonitors", [employee, String(skipIfContained)], options);
    }
    removeAgentStateMonitors(employee, options) {
      return this.client._call("Diagnostics_RemoveAgentStateMonitors", [employee], options);
    }
    agentInboxMonitorCount(employee, options) {
      return this.client._call("Diagnostics_GetAgentInboxMonitorCount", [employee], options);
    }
    addAgentInboxMonitors(employee, skipIfContained, options) {
      return this.client._call("Diagnostics_AddAgentInboxMonitors", [employee, String(skipIfContained)], options);
    }
    removeAgentInboxMonitors(employee, options) {
      return this.client._call("Diagnostics_RemoveAgentInboxMonitors", [employee], options);
    }
    routerCommand(command, options) {
      return this.client._call("Diagnostics_RunRouterCommand", [], { ...options, body: command });
    }
    signalrConnections(id, options) {
      return this.client._call("Diagnostics_GetSignalRConnectionsById", [id], options);
    }
    problemReport(report, options) {
      return this.client._call("Diagnostics_PostProblemReport", [], { ...options, body: report });
    }
  }

  class Directory {
    constructor(client) { this.client = client; }
    list(options) {
      return this.client._call("Directory_GetDirectoryEntries", [], options);
    }
    create(entry, options) {
      return this.client._call("Directory_CreateDirectoryEntry", [], { ...options, body: entry });
    }
    get(id, options) {
      return this.client._call("Directory_GetDirectoryEntry", [id], options);
    }
    update(id, entry, options) {
      return this.client._call("Directory_UpdateDirectoryEntry", [id], { ...options, body: entry });
    }
  }

  class Dnis {
    constructor(client) { this.client = client; }
    list(options) {
      return this.client._call("Dnis_GetDnisNumbers", [], options);
    }
    get(id, options) {
      return this.client._call("Dnis_GetDnisNumber", [id], options);
    }
  }

  class Email {
    constructor(client) { this.client = client; }
    reusable(to, options) {
      return this.client._call("Email_GetReusableEmail", [], { ...options, query: { ...options?.query, to: to } });
    }
    get(conversationId, kind, monthYearCreated, options) {
      return this.client._call("Email_GetEmail", [conversationId, kind, monthYearCreated], options);
    }
    image(conversationId, resourceId, options) {
      return this.client._call("Email_GetEmailImage", [conversationId, resourceId], options);
    }
    attachment(conversationId, fileName, options) {
      return this.client._call("Email_GetEmailAttachment", [conversationId], { ...options, query: { ...options?.query, fileName: fileName } });
    }
    fromQueues(conversationId, options) {
      return this.client._call("Email_GetFromQueues", [conversationId], options);
    }
    replyTemplateFolders(options) {
      return this.client._call("Email_GetReplyTemplateFolders", [], options);
    }
    replyTemplates(options) {
      return this.client._call("Email_GetReplyTemplates", [], options);
    }
    replyTemplatesBaseDirectory(options) {
      return this.client._call("Email_GetReplyTemplatesBaseDirectory", [], options);
    }
    replyTemplate(filePath, options) {
      return this.client._call("Email_GetReplyTemplate", [], { ...options, query: { ...options?.query, filePath: filePath } });
    }
    checkReplyTemplateFileAccess(filePath, options) {
      return this.client._call("Email_CheckReplyTemplateFileAccess", [], { ...options, query: { ...options?.query, filePath: filePath } });
    }
    checkReplyTemplateDirectoryAccess(filePath, options) {
      return this.client._call("Email_CheckReplyTemplateDirectoryAccess", [], { ...options, query: { ...options?.query, filePath: filePath } });
    }
    replyTemplateFileNames(options) {
      return this.client._call("Email_GetReplyTemplateFileNames", [], options);
    }
    replyTemplateContent(fileName, options) {
      return this.client._call("Email_GetReplyTemplateContent", [], { ...options, query: { ...options?.query, fileName: fileName } });
    }
  }

  class Employee {
    constructor(client, id) { this.client = client; this.id = id; }
    get(options) {
      return this.client._call("Employee_GetEmployee", [this.id], options);
    }
    uploadPhoto(photo, options) {
      return this.client._call("Employee_UploadProfilePicture", [this.id], { ...options, body: photo });
    }
    agentGroups(options) {
      return this.client._call("Employee_GetEmployeeAgentGroups", [this.id], options);
    }
    queues(options) {
      return this.client._call("Employee_GetEmployeeQueues", [this.id], options);
    }
    extensions(options) {
      return this.client._call("Employee_GetEmployeeExtensions", [this.id], options);
    }
    state(options) {
      return this.client._call("Employee_GetEmployeeState", [this.id], options);
    }
    setState(state, options) {
      return this.client._call("Employee_UpdateEmployeeState", [this.id], { ...options, body: state });
    }
    agentGroupPresence(options) {
      return this.client._call("Employee_GetAgentGroupPresence", [this.id], options);
    }
    setAgentGroupPresence(presence, options) {
      return this.client._call("Employee_UpdateAgentGroupPresence", [this.id], { ...options, body: presence });
    }
    agentGroupPresenceIn(group, options) {
      return this.client._call("Employee_GetAgentGroupPresenceForGroup", [this.id, group], options);
    }
    setAgentGroupPresenceIn(group, presence, options) {
      return this.client._call("Employee_UpdateAgentGroupPresenceForGroup", [this.id, group], { ...options, body: presence });
    }
    busyReasonCodes(options) {
      return this.client._call("Employee_GetBusyReasonCodes", [this.id], options);
    }
    accountCodes(options) {
      return this.client._call("Employee_GetAccountCodes", [this.id], options);
    }
    greetings(options) {
      return this.client._call("Employee_GetGreetings", [this.id], options);
    }
    startGreetingRecording(recording, options) {
      return this.client._call("Employee_StartGreetingRecording", [this.id], { ...options, body: recording });
    }
    updateGreeting(action, fileToDelete, greetings, options) {
      return this.client._call("Employee_UpdateGreeting", [this.id, action, fileToDelete], { ...options, body: greetings });
    }
    conversations(options) {
      return this.client._call("Employee_GetConversations", [this.id], options);
    }
    updateConversations(updates, options) {
      return this.client._call("Employee_UpdateConversations", [this.id], { ...options, body: updates });
    }
    startConversation(request, options) {
      return this.client._call("Employee_StartConversation", [this.id], { ...options, body: request });
    }
    conversation(conversationId, options) {
      return this.client._call("Employee_GetConversation", [this.id, conversationId], options);
    }
    updateConversation(conversationId, update, options) {
      return this.client._call("Employee_UpdateConversation", [this.id, conversationId], { ...options, body: update });
    }
  }

  class Employees {
    constructor(client) { this.client = client; }
    list(options) {
      return this.client._call("Employee_GetEmployees", [], options);
    }
    updateStates(states, options) {
      return this.client._call("Employee_UpdateEmployeeStates", [], { ...options, body: states });
    }
    me() {
      return new Employee(this.client, "me");
    }
    id(id) {
      return new Employee(this.client, id);
    }
  }

  class Extensions {
    constructor(client) { this.client = client; }
    list(options) {
      return this.client._call("Extension_GetExtensions", [], options);
    }
    get(id, options) {
      return this.client._call("Extension_GetExtension", [id], options);
    }
  }

  class GlobalReplyTemplates {
    constructor(client) { this.client = client; }
    list(options) {
      return this.client._call("GlobalReplyTemplate_GetGlobalReplyTemplates", [], options);
    }
    create(template, options) {
      return this.client._call("GlobalReplyTemplate_CreateGlobalReplyTemplate", [], { ...options, body: template });
    }
    get(id, options) {
      return this.client._call("GlobalReplyTemplate_GetGlobalReplyTemplate", [id], options);
    }
    update(id, template, options) {
      return this.client._call("GlobalReplyTemplate_UpdateGlobalReplyTemplate", [id], { ...options, body: template });
    }
    delete(id, options) {
      return this.client._call("GlobalReplyTemplate_DeleteGlobalReplyTemplate", [id], options);
    }
    tags(options) {
      return this.client._call("GlobalReplyTemplate_GetGlobalReplyTemplateTags", [], options);
    }
  }

  class History {
    constructor(client) { this.client = client; }
    search(options) {
      return this.client._call("History_GetHistory", [], options);
    }
    count(options) {
      return this.client._call("History_GetHistoryCount", [], options);
    }
  }

  class MailServers {
    constructor(client) { this.client = client; }
    list(options) {
      return this.client._call("MailServer_GetMailServers", [], options);
    }
    get(id, options) {
      return this.client._call("MailServer_GetMailServer", [id], options);
    }
  }

  class MediaServers {
    constructor(client) { this.client = client; }
    list(options) {
      return this.client._call("MediaServer_GetMediaServers", [], options);
    }
    get(id, options) {
      return this.client._call("MediaServer_GetMediaServer", [id], options);
    }
    times(options) {
      return this.client._call("MediaServer_GetMediaServerTimes", [], options);
    }
  }

  class OpenMedia {
    constructor(client) { this.client = client; }
    list(options) {
      return this.client._call("OpenMedia_GetOpenMediaItems", [], options);
    }
    create(item, options) {
      return this.client._call("OpenMedia_CreateOpenMedia", [], { ...options, body: item });
    }
    get(id, options) {
      return this.client._call("OpenMedia_GetOpenMedia", [id], options);
    }
    update(id, update, options) {
      return this.client._call("OpenMedia_UpdateOpenMedia", [id], { ...options, body: update });
    }
    queues(options) {
      return this.client._call("OpenMedia_GetOpenMediaQueues", [], options);
    }
  }

  class Prompts {
    constructor(client) { this.client = client; }
    list(options) {
      return this.client._call("Prompt_GetPrompts", [], options);
    }
    get(id, options) {
      return this.client._call("Prompt_GetPrompt", [id], options);
    }
  }

  class QueueGroups {
    constructor(client) { this.client = client; }
    members(id, options) {
      return this.client._call("Queue_GetQueueGroupMembers", [id], options);
    }
    states(options) {
      return this.client._call("Queue_GetGroupStates", [], options);
    }
    state(id, options) {
      return this.client._call("Queue_GetGroupState", [id], options);
    }
    conversation(groupId, conversationId, options) {
      return this.client._call("Queue_GetGroupConversation", [groupId, conversationId], options);
    }
  }

  class Queues {
    constructor(client) { this.client = client; }
    list(options) {
      return this.client._call("Queue_GetQueues", [], options);
    }
    states(options) {
      return this.client._call("Queue_GetQueueStates", [], options);
    }
    get(id, options) {
      return this.client._call("Queue_GetQueue", [id], options);
    }
    delete(id, options) {
      return this.client._call("Queue_DeleteQueue", [id], options);
    }
    state(id, options) {
      return this.client._call("Queue_GetQueueState", [id], options);
    }
    conversations(id, options) {
      return this.client._call("Queue_GetQueueConversations", [id], options);
    }
    updateConversations(id, updates, options) {
      return this.client._call("Queue_UpdateQueueConversations", [id], { ...options, body: updates });
    }
    conversation(id, conversationId, options) {
      return this.client._call("Queue_GetQueueConversation", [id, conversationId], options);
    }
    updateConversation(id, conversationId, update, options) {
      return this.client._call("Queue_UpdateQueueConversation", [id, conversationId], { ...options, body: update });
    }
  }

  class ReasonCodes {
    constructor(client) { this.client = client; }
    list(options) {
      return this.client._call("ReasonCode_GetReasonCodes", [], options);
    }
    get(id, options) {
      return this.client._call("ReasonCode_GetReasonCode", [id], options);
    }
  }

  class Sites {
    constructor(client) { this.client = client; }
    list(options) {
      return this.client._call("Site_GetSites", [], options);
    }
    get(id, options) {
      return this.client._call("Site_GetSite", [id], options);
    }
  }

  class Sms {
    constructor(client) { this.client = client; }
    fromQueues(options) {
      return this.client._call("Sms_GetFromQueues", [], options);
    }
    replyTemplateFolders(options) {
      return this.client._call("Sms_GetReplyTemplateFolders", [], options);
    }
    replyTemplates(options) {
      return this.client._call("Sms_GetReplyTemplates", [], options);
    }
    replyTemplatesBaseDirectory(options) {
      return this.client._call("Sms_GetReplyTemplatesBaseDirectory", [], options);
    }
    replyTemplate(filePath, options) {
      return this.client._call("Sms_GetReplyTemplate", [], { ...options, query: { ...options?.query, filePath: filePath } });
    }
    replyTemplateFileNames(options) {
      return this.client._call("Sms_GetReplyTemplateFileNames", [], options);
    }
    replyTemplateContent(fileName, options) {
      return this.client._call("Sms_GetReplyTemplateContent", [], { ...options, query: { ...options?.query, fileName: fileName } });
    }
  }

  class Variables {
    constructor(client) { this.client = client; }
    list(options) {
      return this.client._call("Variables_GetVariables", [], options);
    }
    get(id, options) {
      return this.client._call("Variables_GetVariable", [id], options);
    }
  }

  class WarningReasons {
    constructor(client) { this.client = client; }
    list(options) {
      return this.client._call("WarningReason_GetWarningReasons", [], options);
    }
    get(id, options) {
      return this.client._call("WarningReason_GetWarningReason", [id], options);
    }
  }

  class Webhooks {
    constructor(client) { this.client = client; }
    register(hook, options) {
      return this.client._call("WebHook_RegisterWebhook", [], { ...options, body: hook });
    }
    list(options) {
      return this.client._call("WebHook_GetWebhooks", [], options);
    }
    oscmsExtensions(options) {
      return this.client._call("WebHook_GetOscmsExtensions", [], options);
    }
    callRecordings(caseId, callId, options) {
      return this.client._call("WebHook_GetCallRecordings", [caseId, callId], options);
    }
    downloadRecording(recordingId, options) {
      return this.client._call("WebHook_DownloadRecording", [recordingId], options);
    }
    playRecording(recordingId, options) {
      return this.client._call("WebHook_PlayRecording", [recordingId], options);
    }
  }

  class MiccClient {
    #wasm;
    constructor(options) {
      this.#wasm = new WasmClient(options);
    }
    /** Runs an operation by id: `_call("Queue_GetQueueState", ["Sales"], {})`. */
    _call(operation, args, options) {
      return this.#wasm.call(operation, args, options ?? {});
    }
    /** Uses `token` from now on (`expiresIn`: its lifetime in seconds, if known). */
    setToken(token, expiresIn) {
      this.#wasm.setToken(token, expiresIn);
    }
    /** Replaces the credentials; a refusal of the old ones is forgotten. */
    setCredentials(auth) {
      this.#wasm.setCredentials(auth);
    }
    /** The real-time channel (one per client, made on first use). */
    get realtime() {
      return this.#wasm.realtime;
    }
    agentGroups() {
      return new AgentGroups(this);
    }
    agents() {
      return new Agents(this);
    }
    applicationProfiles() {
      return new ApplicationProfiles(this);
    }
    cases() {
      return new Cases(this);
    }
    chat() {
      return new Chat(this);
    }
    conversations() {
      return new Conversations(this);
    }
    diagnostics() {
      return new Diagnostics(this);
    }
    directory() {
      return new Directory(this);
    }
    dnis() {
      return new Dnis(this);
    }
    email() {
      return new Email(this);
    }
    employees() {
      return new Employees(this);
    }
    extensions() {
      return new Extensions(this);
    }
    globalReplyTemplates() {
      return new GlobalReplyTemplates(this);
    }
    history() {
      return new History(this);
    }
    mailServers() {
      return new MailServers(this);
    }
    mediaServers() {
      return new MediaServers(this);
    }
    openMedia() {
      return new OpenMedia(this);
    }
    prompts() {
      return new Prompts(this);
    }
    queueGroups() {
      return new QueueGroups(this);
    }
    queues() {
      return new Queues(this);
    }
    reasonCodes() {
      return new ReasonCodes(this);
    }
    sites() {
      return new Sites(this);
    }
    sms() {
      return new Sms(this);
    }
    variables() {
      return new Variables(this);
    }
    warningReasons() {
      return new WarningReasons(this);
    }
    webhooks() {
      return new Webhooks(this);
    }
    status(options) {
      return this._call("Status_GetStatus", [], options);
    }
  }

  return MiccClient;
}
