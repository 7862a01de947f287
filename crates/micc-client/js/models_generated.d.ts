// @generated from crates/micc-api/spec/openapi.json by crates/micc-api/src/codegen/.
// Do not edit: cargo run -p micc-api --features codegen --example gen_client
//
// The models as the JavaScript API of micc-client hands them out: the real servers'
// form (JSON.NET camelCase property names, enum names as strings, TimeSpans and
// date-times as strings). Any property may be missing or null. An enum value this
// version does not know is passed on as received (a number or a string). Request
// bodies take the `...Request` forms at the end: required properties required, enums
// closed unions of the names servers accept.

/** Any JSON value. */
export type JsonValue =
  | null
  | boolean
  | number
  | string
  | JsonValue[]
  | { [key: string]: JsonValue };

/** A JSON object whose members the reference does not describe. */
export type JsonObject = { [key: string]: JsonValue };

/** An enum value this version does not know, as received: a number or a string. */
export type UnknownEnumValue = number | (string & {});

/** A .NET TimeSpan in the "c" format `[-][d.]hh:mm:ss[.fffffff]`, e.g. `"00:03:12"`. */
export type TimeSpan = string;

/** An RFC 3339 date-time, e.g. `"2024-05-01T12:30:00.123Z"`. */
export type DateTime = string;

/** A HAL link. */
export interface Link {
  href?: string | null;
  templated?: boolean | null;
  title?: string | null;
  name?: string | null;
}

/** HAL `_links`: relation name to one link or several. */
export type Links = { [rel: string]: Link | Link[] };

/** A HAL collection page as servers send it: `count`, `_links`, `_embedded.items`. */
export interface HalPage<T> {
  count?: number | null;
  _links?: Links | null;
  _embedded?: { items?: T[] | null } | null;
}

/**
 * The values of `AgentState.AvailableState`.
 *
 * Names assumed (the reference does not list them); other values arrive as received.
 */
export type AgentAvailableState =
  | "Unknown"
  | "Available"
  | "Busy"
  | "Unavailable"
  | "LoggedOut"
  | UnknownEnumValue;

/**
 * The values of `AgentState.CurrentState`.
 *
 * Names assumed (the reference does not list them); other values arrive as received.
 */
export type AgentCurrentState =
  | "Unknown"
  | "LoggedOut"
  | "Idle"
  | "Ringing"
  | "ACD"
  | "NonACD"
  | "Outbound"
  | "WorkTimer"
  | "MakeBusy"
  | "DoNotDisturb"
  | "Away"
  | UnknownEnumValue;

/** An agent group. */
export interface AgentGroupModel {
  /**
   * Gets or sets the links associated with the resource.
   *
   * Reference name `_links`.
   */
  _links?: Links | null;
  /**
   * Gets or sets the embedded resources associated with the resource.
   *
   * Reference name `_embedded`.
   */
  _embedded?: JsonObject | null;
  /** Reference name `id`. */
  id?: string | null;
  /** Reference name `name`. */
  name?: string | null;
  /** Reference name `Reporting`. */
  reporting?: string | null;
  /** Reference name `VoiceMediaServerRefId`. */
  voiceMediaServerRefId?: string | null;
  /** Reference name `IsVoiceEnabled`. */
  isVoiceEnabled?: boolean | null;
  /** Reference name `IsEmailEnabled`. */
  isEmailEnabled?: boolean | null;
  /** Reference name `IsChatEnabled`. */
  isChatEnabled?: boolean | null;
  /** Reference name `IsSmsEnabled`. */
  isSmsEnabled?: boolean | null;
  /** Reference name `IsOpenMediaEnabled`. */
  isOpenMediaEnabled?: boolean | null;
}

/** An agent (an employee's login on one media server). */
export interface AgentModel {
  /**
   * Gets or sets the links associated with the resource.
   *
   * Reference name `_links`.
   */
  _links?: Links | null;
  /**
   * Gets or sets the embedded resources associated with the resource.
   *
   * Reference name `_embedded`.
   */
  _embedded?: JsonObject | null;
  /** Reference name `id`. */
  id?: string | null;
  /** Reference name `Reporting`. */
  reporting?: string | null;
  /**
   * The reference does not list this enum's names and values: the generated table is the simulator's assumption, and any other value is kept as received.
   *
   * Reference name `MediaType`.
   */
  mediaType?: MediaType | null;
  /** Reference name `MediaServer`. */
  mediaServer?: string | null;
  /** Reference name `MediaServerRefId`. */
  mediaServerRefId?: string | null;
  /** Reference name `FirstName`. */
  firstName?: string | null;
  /** Reference name `LastName`. */
  lastName?: string | null;
  /** Reference name `EmployeeRefId`. */
  employeeRefId?: string | null;
  /** Reference name `Photourl`. */
  photourl?: string | null;
  /** Reference name `IsHotDesking`. */
  isHotDesking?: boolean | null;
  /** Reference name `IsExternalHotDeskingEnabled`. */
  isExternalHotDeskingEnabled?: boolean | null;
  /** Reference name `HotDeskExternalDialingPrefix`. */
  hotDeskExternalDialingPrefix?: string | null;
  /** Reference name `HotDeskExternalNumber`. */
  hotDeskExternalNumber?: string | null;
  /** Reference name `IsSip`. */
  isSip?: boolean | null;
  /** Reference name `IntegratedSoftphonePassword`. */
  integratedSoftphonePassword?: string | null;
  /** Reference name `GatewayMediaServerRefId`. */
  gatewayMediaServerRefId?: string | null;
}

/** The real-time state of an agent. Also the payload of the agentHub event onAgentStateChanged. */
export interface AgentState {
  /**
   * Gets or sets the links associated with the resource.
   *
   * Reference name `_links`.
   */
  _links?: Links | null;
  /**
   * Gets or sets the embedded resources associated with the resource.
   *
   * Reference name `_embedded`.
   */
  _embedded?: JsonObject | null;
  /** Reference name `Id`. */
  id?: string | null;
  /** Reference name `FirstName`. */
  firstName?: string | null;
  /** Reference name `LastName`. */
  lastName?: string | null;
  /** Reference name `Reporting`. */
  reporting?: string | null;
  /** Reference name `EmployeeRefId`. */
  employeeRefId?: string | null;
  /** Reference name `MediaServerRefId`. */
  mediaServerRefId?: string | null;
  /**
   * The reference does not list this enum's names and values: the generated table is the simulator's assumption, and any other value is kept as received.
   *
   * Reference name `MediaType`.
   */
  mediaType?: MediaType | null;
  /**
   * The reference does not list this property's values; they are assumed to be those of `NodeTypes`, as the simulator does.
   *
   * Reference name `MediaServerType`.
   */
  mediaServerType?: NodeTypes | null;
  /**
   * The reference does not list this enum's names and values: the generated table is the simulator's assumption, and any other value is kept as received.
   *
   * Reference name `CurrentState`.
   */
  currentState?: AgentCurrentState | null;
  /** Reference name `EnteredStateOn`. */
  enteredStateOn?: DateTime | null;
  /** Reference name `Reason`. */
  reason?: string | null;
  /** Reference name `PhotoUrl`. */
  photoUrl?: string | null;
  /** Reference name `OpenMediaSlots`. */
  openMediaSlots?: number | null;
  /** Reference name `AcdConversationsToday`. */
  acdConversationsToday?: number | null;
  /** Reference name `NonAcdConversationsToday`. */
  nonAcdConversationsToday?: number | null;
  /**
   * Ids of the agent groups the agent is present in. The reference renders the array collapsed; public code reads agent-group ids from it (wire-facts.md: `agentState.presentInAgentGroups.indexOf(agentGroup.id)`).
   *
   * Reference name `PresentInAgentGroups`.
   */
  presentInAgentGroups?: string[] | null;
  /**
   * A .NET TimeSpan; the reference shows a string, the type is inferred from the name.
   *
   * Reference name `OccupiedDurationToday`.
   */
  occupiedDurationToday?: TimeSpan | null;
  /**
   * A .NET TimeSpan; the reference shows a string, the type is inferred from the name.
   *
   * Reference name `AcdDurationToday`.
   */
  acdDurationToday?: TimeSpan | null;
  /**
   * A .NET TimeSpan; the reference shows a string, the type is inferred from the name.
   *
   * Reference name `DoNotDisturbDurationToday`.
   */
  doNotDisturbDurationToday?: TimeSpan | null;
  /**
   * A .NET TimeSpan; the reference shows a string, the type is inferred from the name.
   *
   * Reference name `HoldAcdDurationToday`.
   */
  holdAcdDurationToday?: TimeSpan | null;
  /**
   * A .NET TimeSpan; the reference shows a string, the type is inferred from the name.
   *
   * Reference name `HoldNonAcdDurationToday`.
   */
  holdNonAcdDurationToday?: TimeSpan | null;
  /**
   * A .NET TimeSpan; the reference shows a string, the type is inferred from the name.
   *
   * Reference name `HoldOutboundDurationToday`.
   */
  holdOutboundDurationToday?: TimeSpan | null;
  /**
   * A .NET TimeSpan; the reference shows a string, the type is inferred from the name.
   *
   * Reference name `MakeBusyDurationToday`.
   */
  makeBusyDurationToday?: TimeSpan | null;
  /**
   * A .NET TimeSpan; the reference shows a string, the type is inferred from the name.
   *
   * Reference name `NonAcdDurationToday`.
   */
  nonAcdDurationToday?: TimeSpan | null;
  /**
   * A .NET TimeSpan; the reference shows a string, the type is inferred from the name.
   *
   * Reference name `OutboundDurationToday`.
   */
  outboundDurationToday?: TimeSpan | null;
  /**
   * A .NET TimeSpan; the reference shows a string, the type is inferred from the name.
   *
   * Reference name `WorkTimerDurationToday`.
   */
  workTimerDurationToday?: TimeSpan | null;
  /**
   * A .NET TimeSpan; the reference shows a string, the type is inferred from the name.
   *
   * Reference name `AverageAnsweredDurationToday`.
   */
  averageAnsweredDurationToday?: TimeSpan | null;
  /**
   * A .NET TimeSpan; the reference shows a string, the type is inferred from the name.
   *
   * Reference name `LoggedInDurationToday`.
   */
  loggedInDurationToday?: TimeSpan | null;
  /** Reference name `LastLoginTime`. */
  lastLoginTime?: DateTime | null;
  /** Reference name `LastLogoffTime`. */
  lastLogoffTime?: DateTime | null;
  /**
   * A .NET TimeSpan; the reference shows a string, the type is inferred from the name.
   *
   * Reference name `LoggedInNotPresentDurationToday`.
   */
  loggedInNotPresentDurationToday?: TimeSpan | null;
  /**
   * A .NET TimeSpan; the reference shows a string, the type is inferred from the name.
   *
   * Reference name `ExternalAnswerDurationToday`.
   */
  externalAnswerDurationToday?: TimeSpan | null;
  /** Reference name `WorkloadLimit`. */
  workloadLimit?: number | null;
  /** Reference name `CurrentActive`. */
  currentActive?: number | null;
  /** Reference name `CurrentWorktimer`. */
  currentWorktimer?: number | null;
  /**
   * A .NET TimeSpan; the reference shows a string, the type is inferred from the name.
   *
   * Reference name `AverageTime`.
   */
  averageTime?: TimeSpan | null;
  /**
   * A .NET TimeSpan; the reference shows a string, the type is inferred from the name.
   *
   * Reference name `TotalAcdDuration`.
   */
  totalAcdDuration?: TimeSpan | null;
  /**
   * A .NET TimeSpan; the reference shows a string, the type is inferred from the name.
   *
   * Reference name `TotalNonAcdDuration`.
   */
  totalNonAcdDuration?: TimeSpan | null;
  /** Reference name `UnavailablePercentToday`. */
  unavailablePercentToday?: number | null;
  /** Reference name `OutboundConversationsToday`. */
  outboundConversationsToday?: number | null;
  /** Reference name `ExternalOutboundConversationsToday`. */
  externalOutboundConversationsToday?: number | null;
  /** Reference name `ExternalInboundConversationsToday`. */
  externalInboundConversationsToday?: number | null;
  /**
   * The reference does not list this enum's names and values: the generated table is the simulator's assumption, and any other value is kept as received.
   *
   * Reference name `AvailableState`.
   */
  availableState?: AgentAvailableState | null;
  /** Reference name `CoacherDN`. */
  coacherDN?: string | null;
  /** Reference name `IsSilentMonitored`. */
  isSilentMonitored?: boolean | null;
}

/** An application profile. */
export interface ApplicationProfileModel {
  /**
   * Gets or sets the links associated with the resource.
   *
   * Reference name `_links`.
   */
  _links?: Links | null;
  /**
   * Gets or sets the embedded resources associated with the resource.
   *
   * Reference name `_embedded`.
   */
  _embedded?: JsonObject | null;
  /** Reference name `Id`. */
  id?: string | null;
  /** Reference name `Name`. */
  name?: string | null;
  /** Reference name `Application`. */
  application?: string | null;
  /** Reference name `Site`. */
  site?: string | null;
}

/** 0 = Available 1 = ClearWorkTimer 2 = ClearBusy 3 = ClearDoNotDisturb 4 = Login. Real servers send and accept the names as strings too (wire-facts.md). */
export type AvailableReason =
  | "Available"
  | "ClearWorkTimer"
  | "ClearBusy"
  | "ClearDoNotDisturb"
  | "Login"
  | UnknownEnumValue;

/** Variables to insert into the real-time stream, shown in WebIgnite. */
export interface CallDetailsDataModel {
  /**
   * This is a list of key value pairs of data that will be stored in the enterprise server to be shown in WebIgnite
   *
   * Reference name `Variables`.
   */
  variables?: KeyValuePairOfStringAndString[] | null;
}

/** A case. */
export interface CaseModel {
  /**
   * Gets or sets the links associated with the resource.
   *
   * Reference name `_links`.
   */
  _links?: Links | null;
  /**
   * Gets or sets the embedded resources associated with the resource.
   *
   * Reference name `_embedded`.
   */
  _embedded?: JsonObject | null;
  /** Reference name `Id`. */
  id?: string | null;
  /** Reference name `SiteId`. */
  siteId?: string | null;
  /**
   * The reference does not list this enum's names and values: the generated table is the simulator's assumption, and any other value is kept as received.
   *
   * Reference name `State`.
   */
  state?: CaseState | null;
  /** Reference name `StateModifiedOn`. */
  stateModifiedOn?: DateTime | null;
  /** Reference name `Subject`. */
  subject?: string | null;
  /**
   * The reference does not list this enum's names and values: the generated table is the simulator's assumption, and any other value is kept as received.
   *
   * Reference name `LastMediaType`.
   */
  lastMediaType?: MediaType | null;
  /** Reference name `LastQueueName`. */
  lastQueueName?: string | null;
  /** Reference name `LastQueueId`. */
  lastQueueId?: string | null;
  /** Reference name `LastQueueReporting`. */
  lastQueueReporting?: string | null;
  /** Reference name `LastQueueDialable`. */
  lastQueueDialable?: string | null;
  /** Reference name `LastAgentName`. */
  lastAgentName?: string | null;
  /** Reference name `LastAgentId`. */
  lastAgentId?: string | null;
  /** Reference name `LastAgentReporting`. */
  lastAgentReporting?: string | null;
  /** Reference name `TimeOfferedToLastQueue`. */
  timeOfferedToLastQueue?: DateTime | null;
  /**
   * A .NET TimeSpan; the reference shows a string, the type is inferred from the name.
   *
   * Reference name `DurationInLastQueue`.
   */
  durationInLastQueue?: TimeSpan | null;
  /** Reference name `TimeOfferedToLastAgent`. */
  timeOfferedToLastAgent?: DateTime | null;
  /** Reference name `TimeOfLastAgentResponse`. */
  timeOfLastAgentResponse?: DateTime | null;
  /** Reference name `TimeOfLastCustomerResponse`. */
  timeOfLastCustomerResponse?: DateTime | null;
  /** Reference name `CreatedOn`. */
  createdOn?: DateTime | null;
  /** Reference name `ModifiedOn`. */
  modifiedOn?: DateTime | null;
  /** Reference name `ClosedOn`. */
  closedOn?: DateTime | null;
  /** Reference name `WasReopened`. */
  wasReopened?: boolean | null;
  /** Reference name `Likes`. */
  likes?: number | null;
  /** Reference name `Reuses`. */
  reuses?: number | null;
  /** Reference name `Suggestable`. */
  suggestable?: boolean | null;
  /** Reference name `LastWarningReason`. */
  lastWarningReason?: string | null;
  /** Reference name `LastWarnedBy`. */
  lastWarnedBy?: string | null;
  /** Reference name `LastWarnedOn`. */
  lastWarnedOn?: DateTime | null;
  /** Reference name `GlobalReplyTemplateId`. */
  globalReplyTemplateId?: string | null;
  /** Reference name `Notes`. */
  notes?: JsonValue[] | null;
  /** Reference name `UserNotes`. */
  userNotes?: JsonValue[] | null;
  /** Reference name `Contacts`. */
  contacts?: JsonValue[] | null;
  /** Reference name `Directory`. */
  directory?: JsonValue[] | null;
  /** Reference name `AgentIdToNotify`. */
  agentIdToNotify?: string | null;
  /** Reference name `NotificationDateTime`. */
  notificationDateTime?: DateTime | null;
  /** Reference name `MediaTypes`. */
  mediaTypes?: JsonValue[] | null;
  /** Reference name `Queues`. */
  queues?: JsonValue[] | null;
  /** Reference name `Agents`. */
  agents?: JsonValue[] | null;
}

/**
 * The values of `CaseModel.State`.
 *
 * Names assumed (the reference does not list them); other values arrive as received.
 */
export type CaseState =
  | "Open"
  | "Closed"
  | "Reopened"
  | UnknownEnumValue;

/**
 * The values of `VariableModel.CategoryType`.
 *
 * Names assumed (the reference does not list them); other values arrive as received.
 */
export type CategoryType =
  | "System"
  | "Custom"
  | UnknownEnumValue;

/** A Cloudlink chat transcript. */
export interface CloudlinkTranscriptModel {
  /** Reference name `Body`. */
  body?: string | null;
}

/** 0 = Hold 1 = RemoveHold 2 = Mute 3 = Unmute 4 = Deaf 5 = Undeaf 6 = Kick 7 = Play. Real servers send and accept the names as strings too (wire-facts.md). */
export type ConferenceActionType =
  | "Hold"
  | "RemoveHold"
  | "Mute"
  | "Unmute"
  | "Deaf"
  | "Undeaf"
  | "Kick"
  | "Play"
  | UnknownEnumValue;

/** 0 = Unknown 1 = Accept 2 = AutoAnswer 3 = Decline 4 = Junk 5 = NoReply 6 = Hold 7 = RemoveHold 8 = Transfer 9 = Pick 10 = End 11 = EnterAccountCode 12 = EnterClassificationCode 13 = Tag 14 = Invite 15 = ConferenceAction 16 = Delete 17 = Save 18 = Send 19 = Dtmf 20 = Cancel 21 = ConsultationCall 22 = Forward 23 = JunkFailed 24 = Retry 25 = Reroute 26 = ChangeCase 27 = EnhancedTransfer 28 = CompleteTransfer 29 = SwapHold 30 = Preview 31 = CancelRequestHelp 32 = Like 33 = UndoLike 34 = Reuse 35 = Dislike 36 = Warn 37 = RemoveWarning 38 = LinkToTemplate 39 = UnlinkTemplate 40 = StartRecord 41 = StopRecord. Real servers send and accept the names as strings too (wire-facts.md). */
export type ConversationActionType =
  | "Unknown"
  | "Accept"
  | "AutoAnswer"
  | "Decline"
  | "Junk"
  | "NoReply"
  | "Hold"
  | "RemoveHold"
  | "Transfer"
  | "Pick"
  | "End"
  | "EnterAccountCode"
  | "EnterClassificationCode"
  | "Tag"
  | "Invite"
  | "ConferenceAction"
  | "Delete"
  | "Save"
  | "Send"
  | "Dtmf"
  | "Cancel"
  | "ConsultationCall"
  | "Forward"
  | "JunkFailed"
  | "Retry"
  | "Reroute"
  | "ChangeCase"
  | "EnhancedTransfer"
  | "CompleteTransfer"
  | "SwapHold"
  | "Preview"
  | "CancelRequestHelp"
  | "Like"
  | "UndoLike"
  | "Reuse"
  | "Dislike"
  | "Warn"
  | "RemoveWarning"
  | "LinkToTemplate"
  | "UnlinkTemplate"
  | "StartRecord"
  | "StopRecord"
  | UnknownEnumValue;

/** A conversation (interaction) of any media: voice, email, chat, SMS or open media. */
export interface ConversationModel {
  /**
   * Gets or sets the links associated with the resource.
   *
   * Reference name `_links`.
   */
  _links?: Links | null;
  /**
   * Gets or sets the embedded resources associated with the resource.
   *
   * Reference name `_embedded`.
   */
  _embedded?: JsonObject | null;
  /** Reference name `ConversationId`. */
  conversationId?: string | null;
  /**
   * The reference does not list this enum's names and values: the generated table is the simulator's assumption, and any other value is kept as received.
   *
   * Reference name `Type`.
   */
  type?: ConversationType | null;
  /** Reference name `CollectedInfo`. */
  collectedInfo?: string | null;
  /** Reference name `Folder`. */
  folder?: string | null;
  /** Reference name `OwnerId`. */
  ownerId?: string | null;
  /** Reference name `CaseId`. */
  caseId?: string | null;
  /** Reference name `Case`. */
  case?: string | null;
  /** Reference name `FromAddress`. */
  fromAddress?: string | null;
  /** Reference name `FromName`. */
  fromName?: string | null;
  /** Reference name `MediaServerId`. */
  mediaServerId?: string | null;
  /**
   * The reference does not list this property's values; they are assumed to be those of `NodeTypes`, as the simulator does.
   *
   * Reference name `MediaServerType`.
   */
  mediaServerType?: NodeTypes | null;
  /**
   * The reference does not list this enum's names and values: the generated table is the simulator's assumption, and any other value is kept as received.
   *
   * Reference name `MediaType`.
   */
  mediaType?: MediaType | null;
  /** Reference name `MediaSpecificInfo`. */
  mediaSpecificInfo?: string | null;
  /** Reference name `Subject`. */
  subject?: string | null;
  /** Reference name `SupplementalDetails`. */
  supplementalDetails?: JsonObject | null;
  /** Reference name `SupplementalDetailsDisplayName`. */
  supplementalDetailsDisplayName?: JsonObject | null;
  /** Reference name `ToAddress`. */
  toAddress?: string | null;
  /** Reference name `ToName`. */
  toName?: string | null;
  /**
   * InQueue, ACD, Failed and Handled are named in the description of OpenMedia_GetOpenMedia; Ended and Abandoned are names public code reads on the wire (wire-facts.md). Their integer values are not documented.
   *
   * The reference does not list this enum's names and values: the generated table is the simulator's assumption, and any other value is kept as received.
   *
   * Reference name `ConversationState`.
   */
  conversationState?: ConversationState | null;
  /**
   * The reference does not list this enum's names and values: the generated table is the simulator's assumption, and any other value is kept as received.
   *
   * Reference name `MediaFolder`.
   */
  mediaFolder?: MediaFolder | null;
  /**
   * A .NET TimeSpan; the reference shows a string, the type is inferred from the name.
   *
   * Reference name `EstimatedWaitTime`.
   */
  estimatedWaitTime?: TimeSpan | null;
  /** Reference name `PositionInQueue`. */
  positionInQueue?: number | null;
  /** Reference name `Priority`. */
  priority?: number | null;
  /** Reference name `QueueDialable`. */
  queueDialable?: string | null;
  /** Reference name `QueueId`. */
  queueId?: string | null;
  /** Reference name `QueueName`. */
  queueName?: string | null;
  /** Reference name `QueueReporting`. */
  queueReporting?: string | null;
  /** Reference name `QueueIsWrapUpTimeEnabled`. */
  queueIsWrapUpTimeEnabled?: boolean | null;
  /** Reference name `IsAgentAutoAnswerEnabled`. */
  isAgentAutoAnswerEnabled?: boolean | null;
  /**
   * A .NET TimeSpan; the reference shows a string, the type is inferred from the name.
   *
   * Reference name `TargetTimeForServiceLevel`.
   */
  targetTimeForServiceLevel?: TimeSpan | null;
  /** Reference name `TimeOfferedToQueue`. */
  timeOfferedToQueue?: DateTime | null;
  /** Reference name `TimeOfferedToSystem`. */
  timeOfferedToSystem?: DateTime | null;
  /** Reference name `TransferCount`. */
  transferCount?: number | null;
  /** Reference name `AgentFirstName`. */
  agentFirstName?: string | null;
  /** Reference name `AgentId`. */
  agentId?: string | null;
  /** Reference name `AgentLastName`. */
  agentLastName?: string | null;
  /** Reference name `AgentReporting`. */
  agentReporting?: string | null;
  /** Reference name `AgentName`. */
  agentName?: string | null;
  /**
   * The reference does not list this property's values; they are assumed to be those of `ConversationActionType`, as the simulator does.
   *
   * Reference name `LastAgentAction`.
   */
  lastAgentAction?: ConversationActionType | null;
  /** Reference name `LastAgentActionDate`. */
  lastAgentActionDate?: DateTime | null;
  /** Reference name `TimeOfferedToAgent`. */
  timeOfferedToAgent?: DateTime | null;
  /** Reference name `TimeOfLastAgentResponse`. */
  timeOfLastAgentResponse?: DateTime | null;
  /** Reference name `TimeOfLastCustomerResponse`. */
  timeOfLastCustomerResponse?: DateTime | null;
  /**
   * The reference does not list this enum's names and values: the generated table is the simulator's assumption, and any other value is kept as received.
   *
   * Reference name `Direction`.
   */
  direction?: Direction | null;
  /** Reference name `ClassificationCodeRequired`. */
  classificationCodeRequired?: boolean | null;
  /** Reference name `RelatedTo`. */
  relatedTo?: string | null;
  /**
   * The reference does not list this enum's names and values: the generated table is the simulator's assumption, and any other value is kept as received.
   *
   * Reference name `FailedRouteReason`.
   */
  failedRouteReason?: FailedRouteReason | null;
  /**
   * A .NET TimeSpan; the reference shows a string, the type is inferred from the name.
   *
   * Reference name `WorkTimer`.
   */
  workTimer?: TimeSpan | null;
  /** Reference name `AllowAgentPreview`. */
  allowAgentPreview?: boolean | null;
  /** Reference name `Variables`. */
  variables?: JsonObject | null;
  /** Reference name `Contacts`. */
  contacts?: JsonValue[] | null;
  /** Reference name `Directory`. */
  directory?: JsonValue[] | null;
  /** Reference name `Temporary`. */
  temporary?: string | null;
  /** Reference name `ANI`. */
  ani?: string | null;
  /** Reference name `DNIS`. */
  dnis?: string | null;
  /** Reference name `Body`. */
  body?: string | null;
  /** Reference name `Cc`. */
  cc?: string | null;
  /** Reference name `Bcc`. */
  bcc?: string | null;
  /** Reference name `Attachments`. */
  attachments?: JsonValue[] | null;
  /** Reference name `OriginSmtpRefId`. */
  originSmtpRefId?: string | null;
  /** Reference name `OriginalMessageIdReplyingTo`. */
  originalMessageIdReplyingTo?: string | null;
  /** Reference name `OriginalMessageIdForwardingFrom`. */
  originalMessageIdForwardingFrom?: string | null;
  /** Reference name `MonthYearCreated`. */
  monthYearCreated?: string | null;
  /** Reference name `ModifiedOn`. */
  modifiedOn?: DateTime | null;
  /** Reference name `Likes`. */
  likes?: number | null;
  /** Reference name `Reuses`. */
  reuses?: number | null;
  /** Reference name `Suggestable`. */
  suggestable?: boolean | null;
  /** Reference name `LastWarningReason`. */
  lastWarningReason?: string | null;
  /** Reference name `LastWarnedBy`. */
  lastWarnedBy?: string | null;
  /** Reference name `LastWarnedOn`. */
  lastWarnedOn?: DateTime | null;
  /** Reference name `GlobalReplyTemplateId`. */
  globalReplyTemplateId?: string | null;
  /** Reference name `Native`. */
  native?: boolean | null;
  /** Reference name `CallRecordingUrl`. */
  callRecordingUrl?: string | null;
  /**
   * A .NET TimeSpan; the reference shows a string, the type is inferred from the name.
   *
   * Reference name `ReseizeTimerValue`.
   */
  reseizeTimerValue?: TimeSpan | null;
  /** Reference name `SupportsRecording`. */
  supportsRecording?: boolean | null;
  /** Reference name `CanRecord`. */
  canRecord?: boolean | null;
  /** Reference name `IsRecording`. */
  isRecording?: boolean | null;
  /** Reference name `TaggedSilentMonitoredAgentReporting`. */
  taggedSilentMonitoredAgentReporting?: string | null;
  /** Reference name `TaggedSilentMonitoredAgentId`. */
  taggedSilentMonitoredAgentId?: string | null;
  /** Reference name `TaggedSilentMonitoredEmployeeId`. */
  taggedSilentMonitoredEmployeeId?: string | null;
  /** Reference name `TaggedSilentMonitoredEmployeeLineUri`. */
  taggedSilentMonitoredEmployeeLineUri?: string | null;
}

/** Container holding the agent outbound call information: start a new conversation (Voice, SMS) or a silent monitor session. */
export interface ConversationRequestModel {
  /** Reference name `Type`. */
  type?: ConversationRequestType | null;
  /** Reference name `To`. */
  to?: string | null;
  /** Reference name `From`. */
  from?: string | null;
  /** Reference name `FromName`. */
  fromName?: string | null;
  /** Reference name `Subject`. */
  subject?: string | null;
  /** Reference name `RelatedConversationId`. */
  relatedConversationId?: string | null;
  /** Reference name `Case`. */
  case?: string | null;
  /** Reference name `LightDirectoryEntryModels`. */
  lightDirectoryEntryModels?: LightDirectoryEntryModel[] | null;
}

/** 0 = Chat 1 = Email 2 = Sms 3 = OpenMedia 4 = Voice 5 = VoiceNone 6 = VoiceSilent 7 = VoiceWhisper 8 = VoiceBarge 9 = RequestHelp. Real servers send and accept the names as strings too (wire-facts.md). */
export type ConversationRequestType =
  | "Chat"
  | "Email"
  | "Sms"
  | "OpenMedia"
  | "Voice"
  | "VoiceNone"
  | "VoiceSilent"
  | "VoiceWhisper"
  | "VoiceBarge"
  | "RequestHelp"
  | UnknownEnumValue;

/**
 * The values of `ConversationModel.ConversationState`, `OpenMediaConversationModel.ConversationState`.
 *
 * Names assumed (the reference does not list them); other values arrive as received.
 */
export type ConversationState =
  | "Unknown"
  | "InQueue"
  | "Offered"
  | "ACD"
  | "Failed"
  | "Handled"
  | "Ended"
  | "Abandoned"
  | UnknownEnumValue;

/** 0 = VoiceBlindTransfer 1 = VoiceSupervisedTransfer 2 = VoiceQueuedTransfer 3 = VoiceInviteTransfer 4 = MccTransfer. Real servers send and accept the names as strings too (wire-facts.md). */
export type ConversationTransferType =
  | "VoiceBlindTransfer"
  | "VoiceSupervisedTransfer"
  | "VoiceQueuedTransfer"
  | "VoiceInviteTransfer"
  | "MccTransfer"
  | UnknownEnumValue;

/**
 * The values of `ConversationModel.Type`.
 *
 * Names assumed (the reference does not list them); other values arrive as received.
 */
export type ConversationType =
  | "Chat"
  | "Email"
  | "Sms"
  | "OpenMedia"
  | "Voice"
  | UnknownEnumValue;

/** Conversation update model. `ConversationAction` must be specified at a minimum. The reference marks the value-type fields as required; public code sends only `conversationAction` and `id` (plus `tags` on Accept), e.g. `{"conversationAction":"Pick","id":"..."}`. */
export interface ConversationUpdateModel {
  /** Reference name `Id`. */
  id?: string | null;
  /** Reference name `ConversationAction`. */
  conversationAction?: ConversationActionType | null;
  /** Reference name `TransferDestinationType`. */
  transferDestinationType?: TransferDestinationType | null;
  /** Reference name `ConferenceAction`. */
  conferenceAction?: ConferenceActionType | null;
  /** Reference name `TransferDestination`. */
  transferDestination?: string | null;
  /** Reference name `ConferenceMember`. */
  conferenceMember?: string | null;
  /** Reference name `Invitees`. */
  invitees?: string[] | null;
  /** Reference name `AccountCodeId`. */
  accountCodeId?: string | null;
  /** Reference name `DtmfDigit`. */
  dtmfDigit?: string | null;
  /** Reference name `LastTimeDigitPressed`. */
  lastTimeDigitPressed?: DateTime | null;
  /** Reference name `Tags`. */
  tags?: KeyValuePairOfStringAndString[] | null;
  /** Reference name `MediaServerType`. */
  mediaServerType?: NodeTypes | null;
  /** Reference name `ActualTransferDestinationType`. */
  actualTransferDestinationType?: string | null;
  /** Reference name `MediaType`. */
  mediaType?: string | null;
  /** Reference name `TransferType`. */
  transferType?: ConversationTransferType | null;
}

/**
 * The values of `ConversationModel.Direction`.
 *
 * Names assumed (the reference does not list them); other values arrive as received.
 */
export type Direction =
  | "Unknown"
  | "Inbound"
  | "Outbound"
  | UnknownEnumValue;

/** A contact directory entry: employee, queue, database contact, Elasticsearch contact, or Active Directory user, contact or group. */
export interface DirectoryEntryModel {
  /**
   * Gets or sets the links associated with the resource.
   *
   * Reference name `_links`.
   */
  _links?: Links | null;
  /**
   * Gets or sets the embedded resources associated with the resource.
   *
   * Reference name `_embedded`.
   */
  _embedded?: JsonObject | null;
  /**
   * Gets or sets the unique identifier of the directory entry.
   *
   * Reference name `Id`.
   */
  id?: string | null;
  /**
   * Gets or sets the unique identifier of the site associated with the directory entry.
   *
   * Reference name `SiteId`.
   */
  siteId?: string | null;
  /**
   * Gets or sets the name of the directory entry.
   *
   * Reference name `Name`.
   */
  name?: string | null;
  /**
   * Gets or sets the email address of the directory entry.
   *
   * Reference name `Email`.
   */
  email?: string | null;
  /**
   * Gets or sets the phone number of the directory entry.
   *
   * Reference name `Phone`.
   */
  phone?: string | null;
  /**
   * Gets or sets the mobile phone number of the directory entry.
   *
   * Reference name `MobilePhone`.
   */
  mobilePhone?: string | null;
  /**
   * Gets or sets the type of the directory entry (e.g., Employee, Queue, etc.).
   *
   * The reference does not list this enum's names and values: the generated table is the simulator's assumption, and any other value is kept as received.
   *
   * Reference name `Type`.
   */
  type?: DirectoryEntryType | null;
  /**
   * Gets or sets the presentity information associated with the directory entry.
   *
   * Reference name `Presence`.
   */
  presence?: Presentity | null;
  /**
   * Gets or sets the URL for the photo of the directory entry.
   *
   * Reference name `PhotoUrl`.
   */
  photoUrl?: string | null;
  /**
   * Gets or sets custom data associated with the directory entry as a dictionary of key-value pairs.
   *
   * Reference name `Custom`.
   */
  custom?: JsonObject | null;
  /**
   * Gets or sets the date and time when the directory entry was created.
   *
   * Reference name `CreatedOn`.
   */
  createdOn?: DateTime | null;
  /**
   * Gets or sets the date and time when the directory entry was last modified.
   *
   * Reference name `ModifiedOn`.
   */
  modifiedOn?: DateTime | null;
  /**
   * Gets or sets the dialable phone number of the directory entry.
   *
   * Reference name `PhoneDialable`.
   */
  phoneDialable?: string | null;
  /**
   * Gets or sets the dialable mobile phone number of the directory entry.
   *
   * Reference name `MobilePhoneDialable`.
   */
  mobilePhoneDialable?: string | null;
  /**
   * Gets or sets the media server type for voice communication.
   *
   * The reference does not list this property's values; they are assumed to be those of `NodeTypes`, as the simulator does.
   *
   * Reference name `VoiceMediaServerType`.
   */
  voiceMediaServerType?: NodeTypes | null;
  /**
   * Gets or sets the extension associated with the directory entry.
   *
   * Reference name `Extension`.
   */
  extension?: string | null;
  /**
   * Gets or sets a flag indicating whether the directory entry's media queue workflow is validated.
   *
   * Reference name `IsMediaQueueWorkflowValidated`.
   */
  isMediaQueueWorkflowValidated?: boolean | null;
}

/**
 * Type of a directory entry. The reference lists the values 0-9 without names. Names seen: Employee and Queue (property description), ElasticContact (description of Directory_GetDirectoryEntries, used in `$filter=Type eq Mitel.MiccSdk.Models.DirectoryEntryType'ElasticContact'`), ADUser, ADGroup, ADContact (public code, see wire-facts.md). Their integer values are not documented.
 *
 * Names assumed (the reference does not list them); other values arrive as received.
 */
export type DirectoryEntryType =
  | "Unknown"
  | "Employee"
  | "Queue"
  | "DatabaseContact"
  | "ElasticContact"
  | "ADUser"
  | "ADContact"
  | "ADGroup"
  | "Extension"
  | "ExternalContact"
  | UnknownEnumValue;

/** A DNIS (or CLIP) number. */
export interface DnisModel {
  /**
   * Gets or sets the links associated with the resource.
   *
   * Reference name `_links`.
   */
  _links?: Links | null;
  /**
   * Gets or sets the embedded resources associated with the resource.
   *
   * Reference name `_embedded`.
   */
  _embedded?: JsonObject | null;
  /** Reference name `id`. */
  id?: string | null;
  /** Reference name `name`. */
  name?: string | null;
  /** Reference name `Reporting`. */
  reporting?: string | null;
  /** Reference name `PhoneNumber`. */
  phoneNumber?: string | null;
  /** Reference name `MediaServerRefId`. */
  mediaServerRefId?: string | null;
  /**
   * A .NET TimeSpan; the reference shows a string, the type is inferred from the name.
   *
   * Reference name `ShortAbandon`.
   */
  shortAbandon?: TimeSpan | null;
  /**
   * A .NET TimeSpan; the reference shows a string, the type is inferred from the name.
   *
   * Reference name `ServiceLevel`.
   */
  serviceLevel?: TimeSpan | null;
  /** Reference name `CarrierPlanRefId`. */
  carrierPlanRefId?: string | null;
  /** Reference name `CallTypeRefId`. */
  callTypeRefId?: string | null;
  /** Reference name `RateRefId`. */
  rateRefId?: string | null;
  /** Reference name `SubscriberPlanRefId`. */
  subscriberPlanRefId?: string | null;
  /** Reference name `SubscriberPlanCallTypeRefId`. */
  subscriberPlanCallTypeRefId?: string | null;
  /** Reference name `SubscriberPlanRateRefId`. */
  subscriberPlanRateRefId?: string | null;
  /** Reference name `UseAsDefault`. */
  useAsDefault?: boolean | null;
}

/** An employee's presence in one agent group. */
export interface EmployeeAgentGroupModel {
  /**
   * Gets or sets the links associated with the resource.
   *
   * Reference name `_links`.
   */
  _links?: Links | null;
  /**
   * Gets or sets the embedded resources associated with the resource.
   *
   * Reference name `_embedded`.
   */
  _embedded?: JsonObject | null;
  /**
   * Gets or sets the unique identifier of the employee agent group.
   *
   * Reference name `Id`.
   */
  id?: string | null;
  /**
   * Gets or sets the name of the employee agent group.
   *
   * Reference name `Name`.
   */
  name?: string | null;
  /**
   * Gets or sets the reporting information associated with the employee agent group.
   *
   * Reference name `Reporting`.
   */
  reporting?: string | null;
  /**
   * Gets or sets the collection of employee agent group statuses.
   *
   * Reference name `Statuses`.
   */
  statuses?: EmployeeAgentGroupStatus[] | null;
}

/** The presence of one of the employee's agents (one per media) in an agent group. The reference names this model but renders it collapsed. The properties below are the ones public code reads and sends back on real servers (wire-facts.md: `statuses` items `{ id: <agent id>, type: <media type>, status: 'Present' | 'NotPresent' }`); other properties may exist. */
export interface EmployeeAgentGroupStatus {
  /**
   * The agent's id (the `Id` of its agent state, whose `PresentInAgentGroups` lists this group's id while the agent is present).
   *
   * Reference name `Id`.
   */
  id?: string | null;
  /**
   * The agent's media type, as a name (`Voice`, `Email`, `Chat`, `Sms`, `OpenMedia`). Public code sends and reads names; no integer values are known.
   *
   * Reference name `Type`.
   */
  type?: string | null;
  /**
   * `Present` or `NotPresent`. Public code sends and reads these names; no integer values are known.
   *
   * Reference name `Status`.
   */
  status?: string | null;
  /** Properties the reference does not name, as received. */
  [key: string]: unknown;
}

/** The greetings of an employee. */
export interface EmployeeGreetingsModel {
  /** Reference name `isDefault`. */
  isDefault?: boolean | null;
  /** Reference name `DefaultGreeting`. */
  defaultGreeting?: string | null;
  /** Reference name `Greetings`. */
  greetings?: string[] | null;
  /** Reference name `QueueGreetings`. */
  queueGreetings?: QueueGreetingModel[] | null;
}

/** An employee. */
export interface EmployeeModel {
  /**
   * Gets or sets the links associated with the resource.
   *
   * Reference name `_links`.
   */
  _links?: Links | null;
  /**
   * Gets or sets the embedded resources associated with the resource.
   *
   * Reference name `_embedded`.
   */
  _embedded?: JsonObject | null;
  /** Reference name `id`. */
  id?: string | null;
  /** Reference name `Name`. */
  name?: string | null;
  /** Reference name `FirstName`. */
  firstName?: string | null;
  /** Reference name `LastName`. */
  lastName?: string | null;
  /** Reference name `NickName`. */
  nickName?: string | null;
  /** Reference name `Reporting`. */
  reporting?: string | null;
  /** Reference name `Email`. */
  email?: string | null;
  /** Reference name `Username`. */
  username?: string | null;
  /** Reference name `LineUri`. */
  lineUri?: string | null;
  /** Reference name `SiteRefId`. */
  siteRefId?: string | null;
  /** Reference name `SecurityRoleRefId`. */
  securityRoleRefId?: string | null;
  /** Reference name `Language`. */
  language?: string | null;
  /**
   * The reference does not list this enum's names and values: the generated table is the simulator's assumption, and any other value is kept as received.
   *
   * Reference name `SupervisorLicenseType`.
   */
  supervisorLicenseType?: SupervisorLicenseType | null;
  /** Reference name `PhotoUrl`. */
  photoUrl?: string | null;
  /** Reference name `CanStartStopRecording`. */
  canStartStopRecording?: boolean | null;
  /** Reference name `IsEnabledForVoice`. */
  isEnabledForVoice?: boolean | null;
  /** Reference name `VoiceMediaServerNameOrId`. */
  voiceMediaServerNameOrId?: string | null;
  /** Reference name `IsEnabledForEmail`. */
  isEnabledForEmail?: boolean | null;
  /** Reference name `EmailMediaServerNameOrId`. */
  emailMediaServerNameOrId?: string | null;
  /** Reference name `IsEnabledForChat`. */
  isEnabledForChat?: boolean | null;
  /** Reference name `ChatMediaServerNameOrId`. */
  chatMediaServerNameOrId?: string | null;
  /** Reference name `IsEnabledForSMS`. */
  isEnabledForSMS?: boolean | null;
  /** Reference name `SmsMediaServerNameOrId`. */
  smsMediaServerNameOrId?: string | null;
  /** Reference name `IsEnabledForOpenMedia`. */
  isEnabledForOpenMedia?: boolean | null;
  /** Reference name `OpenMediaServerNameOrId`. */
  openMediaServerNameOrId?: string | null;
  /** Reference name `IsRealTime`. */
  isRealTime?: boolean | null;
  /** Reference name `CloudlinkId`. */
  cloudlinkId?: string | null;
  /** Reference name `LastModified`. */
  lastModified?: DateTime | null;
  /** Reference name `IsMaySeeAllQueuesEnabled`. */
  isMaySeeAllQueuesEnabled?: boolean | null;
  /** Reference name `IsLicensedForWFS`. */
  isLicensedForWFS?: boolean | null;
  /** Reference name `IsCloudlinkChat`. */
  isCloudlinkChat?: boolean | null;
  /** Reference name `IsOSCMSRecorderEnabled`. */
  isOSCMSRecorderEnabled?: boolean | null;
}

/** The real-time state of an employee. Also the payload of the employeeHub event employeeStateChanged. */
export interface EmployeeState {
  /**
   * Gets or sets the links associated with the resource.
   *
   * Reference name `_links`.
   */
  _links?: Links | null;
  /**
   * Gets or sets the embedded resources associated with the resource.
   *
   * Reference name `_embedded`.
   */
  _embedded?: JsonObject | null;
  /** Reference name `Id`. */
  id?: string | null;
  /** Reference name `Name`. */
  name?: string | null;
  /** Reference name `FirstName`. */
  firstName?: string | null;
  /** Reference name `LastName`. */
  lastName?: string | null;
  /** Reference name `Reporting`. */
  reporting?: string | null;
  /** Reference name `PhotoUrl`. */
  photoUrl?: string | null;
  /**
   * Presence of the employee. The reference renders it collapsed; it is taken to be the Presentity model (as DirectoryEntryModel.Presence), whose shape on the wire is described in wire-facts.md.
   *
   * Reference name `Presence`.
   */
  presence?: Presentity | null;
  /** Reference name `AcdChatConversationsToday`. */
  acdChatConversationsToday?: number | null;
  /** Reference name `AcdEmailConversationsToday`. */
  acdEmailConversationsToday?: number | null;
  /** Reference name `AcdOpenMediaConversationsToday`. */
  acdOpenMediaConversationsToday?: number | null;
  /** Reference name `AcdSmsConversationsToday`. */
  acdSmsConversationsToday?: number | null;
  /** Reference name `AcdVoiceConversationsToday`. */
  acdVoiceConversationsToday?: number | null;
  /** Reference name `FirstAgentLoginTimeToday`. */
  firstAgentLoginTimeToday?: DateTime | null;
  /** Reference name `LastAgentLogoutTimeToday`. */
  lastAgentLogoutTimeToday?: DateTime | null;
  /** Reference name `EnteredStateOn`. */
  enteredStateOn?: DateTime | null;
  /** Reference name `TimeMediaServerId`. */
  timeMediaServerId?: string | null;
}

/** State of an employee. Used to Login / Logout agents.. set busy etc. */
export interface EmployeeStateUpdateModel {
  /** Reference name `State`. */
  state?: PresenceAvailability | null;
  /** Reference name `Reason`. */
  reason?: string | null;
  /** Reference name `AvailableReason`. */
  availableReason?: AvailableReason | null;
  /** Reference name `DeviceId`. */
  deviceId?: string | null;
  /** Reference name `HotDeskBaseExtension`. */
  hotDeskBaseExtension?: string | null;
  /** Reference name `HotDeskPin`. */
  hotDeskPin?: string | null;
  /** Reference name `IsHotDeskExternal`. */
  isHotDeskExternal?: boolean | null;
  /** Reference name `HotDeskAgentReporting`. */
  hotDeskAgentReporting?: string | null;
  /** Reference name `IsCloudlinkAuthenticated`. */
  isCloudlinkAuthenticated?: boolean | null;
}

/** An extension. */
export interface ExtensionModel {
  /**
   * Gets or sets the links associated with the resource.
   *
   * Reference name `_links`.
   */
  _links?: Links | null;
  /**
   * Gets or sets the embedded resources associated with the resource.
   *
   * Reference name `_embedded`.
   */
  _embedded?: JsonObject | null;
  /** Reference name `id`. */
  id?: string | null;
  /** Reference name `Reporting`. */
  reporting?: string | null;
  /**
   * The reference does not list this enum's names and values: the generated table is the simulator's assumption, and any other value is kept as received.
   *
   * Reference name `MediaType`.
   */
  mediaType?: MediaType | null;
  /** Reference name `MediaServer`. */
  mediaServer?: string | null;
  /** Reference name `MediaServerRefId`. */
  mediaServerRefId?: string | null;
  /** Reference name `Name`. */
  name?: string | null;
  /** Reference name `IsMitaiEnabled`. */
  isMitaiEnabled?: boolean | null;
  /** Reference name `AcdEnabled`. */
  acdEnabled?: boolean | null;
}

/**
 * The values of `ConversationModel.FailedRouteReason`.
 *
 * Names assumed (the reference does not list them); other values arrive as received.
 */
export type FailedRouteReason =
  | "None"
  | "NoAgents"
  | "Timeout"
  | UnknownEnumValue;

/** User image data encoded in base64. */
export interface FileUploadModel {
  /**
   * Gets or sets the Base64-encoded string representing the file content.
   *
   * Reference name `Base64String`.
   */
  base64String?: string | null;
  /**
   * Gets or sets the configuration for the file upload.
   *
   * Reference name `Config`.
   */
  config?: JsonObject | null;
}

/** A global reply template. */
export interface GlobalReplyTemplateModel {
  /**
   * Gets or sets the links associated with the resource.
   *
   * Reference name `_links`.
   */
  _links?: Links | null;
  /**
   * Gets or sets the embedded resources associated with the resource.
   *
   * Reference name `_embedded`.
   */
  _embedded?: JsonObject | null;
  /**
   * Gets or sets the unique identifier for the reply template.
   *
   * Reference name `Id`.
   */
  id?: string | null;
  /**
   * Gets or sets the identifier of the site associated with the template.
   *
   * Reference name `SiteId`.
   */
  siteId?: string | null;
  /**
   * Gets or sets the date and time when the template was created.
   *
   * Reference name `CreatedOn`.
   */
  createdOn?: DateTime | null;
  /**
   * Gets or sets the date and time when the template was last modified.
   *
   * Reference name `ModifiedOn`.
   */
  modifiedOn?: DateTime | null;
  /**
   * Gets or sets the customer text associated with the template.
   *
   * Reference name `CustomerText`.
   */
  customerText?: string | null;
  /**
   * Gets or sets the template content.
   *
   * Reference name `Template`.
   */
  template?: string | null;
  /**
   * Gets or sets the text content of the template.
   *
   * Reference name `TemplateText`.
   */
  templateText?: string | null;
  /**
   * Gets or sets the media type associated with the template.
   *
   * Reference name `Media`.
   */
  media?: string | null;
  /**
   * Gets or sets the tags associated with the template.
   *
   * Reference name `Tags`.
   */
  tags?: string | null;
  /**
   * Gets or sets the list of queues to which the template is associated.
   *
   * Reference name `Queues`.
   */
  queues?: QueueModel[] | null;
}

/** Container holding the recording file name. */
export interface GreetingRecordingModel {
  /** Reference name `RecordingName`. */
  recordingName?: string | null;
  /** Reference name `IsDefault`. */
  isDefault?: boolean | null;
}

/** HAL collection wrapper of every collection response: `count`, `_links` and the items under `_embedded.items`. Each collection operation narrows `_embedded.items` to its item model (see the operation's `x-item-schema`). */
export interface HalCollection {
  /**
   * Gets or sets the links associated with the resource.
   *
   * Reference name `_links`.
   */
  _links?: Links | null;
  /**
   * Gets or sets the count of resources in the collection.
   *
   * Reference name `count`.
   */
  count?: number | null;
  /**
   * Gets or sets the embedded resources associated with the resource.
   *
   * Reference name `_embedded`.
   */
  _embedded?: HalCollectionEmbedded | null;
}

/** Gets or sets the embedded resources associated with the resource. */
export interface HalCollectionEmbedded {
  /** Reference name `items`. */
  items?: JsonValue[] | null;
}

/** A HAL resource whose properties the reference does not show (item type of collections with no matching single-item model). */
export interface HalResource {
  /**
   * Gets or sets the links associated with the resource.
   *
   * Reference name `_links`.
   */
  _links?: Links | null;
  /**
   * Gets or sets the embedded resources associated with the resource.
   *
   * Reference name `_embedded`.
   */
  _embedded?: JsonObject | null;
  /** Properties the reference does not name, as received. */
  [key: string]: unknown;
}

/** The Integrated Softphone information of an agent. */
export interface IntegratedSoftphoneModel {
  /** Reference name `GatewayMediaServerType`. */
  gatewayMediaServerType?: string | null;
  /** Reference name `GatewayMediaServerDomain`. */
  gatewayMediaServerDomain?: string | null;
  /** Reference name `GatewayMediaServerPort`. */
  gatewayMediaServerPort?: string | null;
  /** Reference name `GatewayMediaServerConsumerId`. */
  gatewayMediaServerConsumerId?: string | null;
  /** Reference name `GatewayMediaServerSharedSecret`. */
  gatewayMediaServerSharedSecret?: string | null;
  /** Reference name `IntegratedSoftphonePassword`. */
  integratedSoftphonePassword?: string | null;
  /** Reference name `JwtIssuer`. */
  jwtIssuer?: string | null;
}

/**
 * A .NET KeyValuePair<string, string>. The reference names this model but renders it collapsed: its properties are not known.
 *
 * Its properties are not known: passed on as received.
 */
export type KeyValuePairOfStringAndString = JsonObject;

/** Concurrent agent logins and license information. */
export interface LicenseInfoModel {
  /** Reference name `ActiveVoiceAgents`. */
  activeVoiceAgents?: number | null;
  /** Reference name `MaximumVoiceAgents`. */
  maximumVoiceAgents?: number | null;
  /** Reference name `ActiveMultimediaAgents`. */
  activeMultimediaAgents?: number | null;
  /** Reference name `MaximumMultimediaAgents`. */
  maximumMultimediaAgents?: number | null;
  /** Reference name `BlockedVoiceAgents`. */
  blockedVoiceAgents?: string | null;
  /** Reference name `BlockedMultimediaAgents`. */
  blockedMultimediaAgents?: string | null;
  /** Reference name `BlockedEmployeeCount`. */
  blockedEmployeeCount?: number | null;
  /** Reference name `IsVoiceLicenseAvailable`. */
  isVoiceLicenseAvailable?: boolean | null;
  /** Reference name `IsMultimediaLicenseAvailable`. */
  isMultimediaLicenseAvailable?: boolean | null;
  /** Reference name `InVoiceAlarmState`. */
  inVoiceAlarmState?: boolean | null;
  /** Reference name `InMultimediaAlarmState`. */
  inMultimediaAlarmState?: boolean | null;
  /** Reference name `LastAlarmUpdate`. */
  lastAlarmUpdate?: string | null;
}

/**
 * A light directory entry. The reference names this model but renders it collapsed: its properties are not known.
 *
 * Its properties are not known: passed on as received.
 */
export type LightDirectoryEntryModel = JsonObject;

/** A mail server. */
export interface MailServerModel {
  /**
   * Gets or sets the links associated with the resource.
   *
   * Reference name `_links`.
   */
  _links?: Links | null;
  /**
   * Gets or sets the embedded resources associated with the resource.
   *
   * Reference name `_embedded`.
   */
  _embedded?: JsonObject | null;
  /** Reference name `id`. */
  id?: string | null;
  /** Reference name `name`. */
  name?: string | null;
  /** Reference name `SmtpServer`. */
  smtpServer?: string | null;
  /** Reference name `SmtpUsesSsl`. */
  smtpUsesSsl?: boolean | null;
  /** Reference name `SmtpPort`. */
  smtpPort?: number | null;
  /** Reference name `SmtpConnectionTimeoutSeconds`. */
  smtpConnectionTimeoutSeconds?: number | null;
  /** Reference name `SmtpFromName`. */
  smtpFromName?: string | null;
  /** Reference name `SmtpFromEmail`. */
  smtpFromEmail?: string | null;
  /** Reference name `SmtpAuthenticationRequired`. */
  smtpAuthenticationRequired?: boolean | null;
  /** Reference name `SmtpUsername`. */
  smtpUsername?: string | null;
  /** Reference name `SmtpPassword`. */
  smtpPassword?: string | null;
  /** Reference name `SmtpDomain`. */
  smtpDomain?: string | null;
  /** Reference name `IncommingServerName`. */
  incommingServerName?: string | null;
  /** Reference name `IncommingEnableTLS`. */
  incommingEnableTLS?: boolean | null;
  /** Reference name `IncommingPort`. */
  incommingPort?: number | null;
  /** Reference name `IncommingConnectionTimeout`. */
  incommingConnectionTimeout?: number | null;
  /** Reference name `IncommingFolder`. */
  incommingFolder?: string | null;
  /** Reference name `IncomingEmailAliases`. */
  incomingEmailAliases?: string | null;
  /** Reference name `IncommingUserInfoSameAsOutgoingUserInfo`. */
  incommingUserInfoSameAsOutgoingUserInfo?: boolean | null;
  /** Reference name `IncommingUsername`. */
  incommingUsername?: string | null;
  /** Reference name `IncommingPassword`. */
  incommingPassword?: string | null;
  /** Reference name `IncommingDomain`. */
  incommingDomain?: string | null;
}

/**
 * The values of `ConversationModel.MediaFolder`.
 *
 * Names assumed (the reference does not list them); other values arrive as received.
 */
export type MediaFolder =
  | "Inbox"
  | "Drafts"
  | "Failed"
  | UnknownEnumValue;

/** Presence of an employee on one medium (or the aggregate), as read by public code (wire-facts.md). Not shown by the reference. */
export interface MediaPresence {
  /**
   * ACD state on this medium. Its type is not documented: public code reads it as a name.
   *
   * The reference does not list this property's values; they are assumed to be those of `PresenceAvailability`, as the simulator does.
   *
   * Reference name `AcdState`.
   */
  acdState?: PresenceAvailability | null;
  /**
   * The busy or do-not-disturb reason, when there is one. Not documented anywhere: assumed by this project (the simulator sends it; clients treat it as optional).
   *
   * Reference name `Reason`.
   */
  reason?: string | null;
  /**
   * The agent's reporting number. Entries of `Presentity.Voice` carry it (wire-facts.md: dialers use it); the other media may not.
   *
   * Reference name `Reporting`.
   */
  reporting?: string | null;
  /** Properties the reference does not name, as received. */
  [key: string]: unknown;
}

/** A media server. */
export interface MediaServerModel {
  /**
   * Gets or sets the links associated with the resource.
   *
   * Reference name `_links`.
   */
  _links?: Links | null;
  /**
   * Gets or sets the embedded resources associated with the resource.
   *
   * Reference name `_embedded`.
   */
  _embedded?: JsonObject | null;
  /** Reference name `id`. */
  id?: string | null;
  /** Reference name `name`. */
  name?: string | null;
  /** Reference name `IpAddressOrDnsName`. */
  ipAddressOrDnsName?: string | null;
  /** Reference name `SiteRefId`. */
  siteRefId?: string | null;
  /** Reference name `ServerRefId`. */
  serverRefId?: string | null;
  /**
   * The reference does not list this enum's names and values: the generated table is the simulator's assumption, and any other value is kept as received.
   *
   * Reference name `MediaType`.
   */
  mediaType?: MediaType | null;
  /**
   * The reference does not list this property's values; they are assumed to be those of `NodeTypes`, as the simulator does.
   *
   * Reference name `MediaServerType`.
   */
  mediaServerType?: NodeTypes | null;
  /** Reference name `InboundRoutingWorkflowRefId`. */
  inboundRoutingWorkflowRefId?: string | null;
  /** Reference name `OutboundRoutingWorkflowRefId`. */
  outboundRoutingWorkflowRefId?: string | null;
  /** Reference name `ResponseRoutingWorkflowRefId`. */
  responseRoutingWorkflowRefId?: string | null;
  /** Reference name `InboundRoutingEnabled`. */
  inboundRoutingEnabled?: boolean | null;
  /** Reference name `OutboundRoutingEnabled`. */
  outboundRoutingEnabled?: boolean | null;
  /** Reference name `ResponseRoutingEnabled`. */
  responseRoutingEnabled?: boolean | null;
  /** Reference name `Username`. */
  username?: string | null;
  /** Reference name `Password`. */
  password?: string | null;
  /** Reference name `MailServers`. */
  mailServers?: JsonValue[] | null;
  /** Reference name `MinDigitsDialed`. */
  minDigitsDialed?: number | null;
  /** Reference name `IsDirectMediaEnabled`. */
  isDirectMediaEnabled?: boolean | null;
  /**
   * The reference does not list this enum's names and values: the generated table is the simulator's assumption, and any other value is kept as received.
   *
   * Reference name `ServerType`.
   */
  serverType?: ServerType | null;
  /** Reference name `CTIServer`. */
  ctiServer?: string | null;
  /** Reference name `IsAgentGreetingWorkflowValidated`. */
  isAgentGreetingWorkflowValidated?: boolean | null;
  /** Reference name `CloudlinkEnabled`. */
  cloudlinkEnabled?: boolean | null;
  /** Reference name `SessionIdleTimeout`. */
  sessionIdleTimeout?: number | null;
  /** Reference name `AllowAgentPreview`. */
  allowAgentPreview?: boolean | null;
  /** Reference name `UseAgentNickname`. */
  useAgentNickname?: boolean | null;
}

/**
 * The values of `AgentModel.MediaType`, `AgentState.MediaType`, `CaseModel.LastMediaType`, `ConversationModel.MediaType`, `ExtensionModel.MediaType`, `MediaServerModel.MediaType`, `QueueModel.MediaType`, `QueueState.MediaType`.
 *
 * Names assumed (the reference does not list them); other values arrive as received.
 */
export type MediaType =
  | "Unknown"
  | "Voice"
  | "Email"
  | "Chat"
  | "Sms"
  | "OpenMedia"
  | UnknownEnumValue;

/** 0 = Unknown 1 = SX200ACD 2 = SX2000ACD 3 = SX200ACDwithRealTime 4 = SX2000UCD 5 = SX2000withMiTAI 6 = Reserved6 7 = MCCEmail 8 = Reserved8 10 = Motive 11 = WallBoard 12 = Reserved12 13 = Reserved13 14 = MCCWebChat 15 = ICP3300 16 = ICP3300withMiTAI 17 = MCCOpenMedia 18 = CCS6120 19 = Intertel5000 21 = VWM 22 = MCCSms 23 = SIP. Real servers send and accept the names as strings too (wire-facts.md). */
export type NodeTypes =
  | "Unknown"
  | "SX200ACD"
  | "SX2000ACD"
  | "SX200ACDwithRealTime"
  | "SX2000UCD"
  | "SX2000withMiTAI"
  | "Reserved6"
  | "MCCEmail"
  | "Reserved8"
  | "Motive"
  | "WallBoard"
  | "Reserved12"
  | "Reserved13"
  | "MCCWebChat"
  | "ICP3300"
  | "ICP3300withMiTAI"
  | "MCCOpenMedia"
  | "CCS6120"
  | "Intertel5000"
  | "VWM"
  | "MCCSms"
  | "SIP"
  | UnknownEnumValue;

/**
 * The values of `OpenMediaUpdateRequestModel.Action`.
 *
 * Names assumed (the reference does not list them); other values arrive as received.
 */
export type OpenMediaAction =
  | "Complete"
  | "Reroute"
  | UnknownEnumValue;

/** An open media conversation (interaction). */
export interface OpenMediaConversationModel {
  /**
   * Gets or sets the links associated with the resource.
   *
   * Reference name `_links`.
   */
  _links?: Links | null;
  /**
   * Gets or sets the embedded resources associated with the resource.
   *
   * Reference name `_embedded`.
   */
  _embedded?: JsonObject | null;
  /** Reference name `Id`. */
  id?: string | null;
  /**
   * InQueue, ACD, Failed and Handled are named in the description of OpenMedia_GetOpenMedia; Ended and Abandoned are names public code reads on the wire (wire-facts.md). Their integer values are not documented.
   *
   * The reference does not list this enum's names and values: the generated table is the simulator's assumption, and any other value is kept as received.
   *
   * Reference name `ConversationState`.
   */
  conversationState?: ConversationState | null;
  /** Reference name `PositionInQueue`. */
  positionInQueue?: number | null;
  /** Reference name `QueueId`. */
  queueId?: string | null;
  /** Reference name `QueueName`. */
  queueName?: string | null;
  /** Reference name `QueueReporting`. */
  queueReporting?: string | null;
  /** Reference name `AgentName`. */
  agentName?: string | null;
  /** Reference name `AgentId`. */
  agentId?: string | null;
  /** Reference name `AgentReporting`. */
  agentReporting?: string | null;
  /** Reference name `TimeOfferedToAgent`. */
  timeOfferedToAgent?: DateTime | null;
  /** Reference name `TimeOfferedToQueue`. */
  timeOfferedToQueue?: DateTime | null;
  /** Reference name `TimeOfferedToSystem`. */
  timeOfferedToSystem?: DateTime | null;
}

/** A new open media item to be routed. While all arguments are optional, you still can't pass in an empty body. If you want to pass in a body with no values then at least one argument must be specified but it can be empty. */
export interface OpenMediaRequestModel {
  /**
   * TargetUri is the link that will be executed and displayed to an agent upon accepting an open media interaction. Typically this is a web page but it can take many other forms. Some examples would be links to files on a file server, or a link to an exe with commandline arguments. If this isn't assigned then a generic page is shown
   *
   * Reference name `TargetUri`.
   */
  targetUri?: string | null;
  /**
   * If the targetUri is a web application it may be optionally embedded inside of the agent application. This requires that the targetUri be supported via standard browser IFrames. Default value is (false)
   *
   * Reference name `TargetUriEmbedded`.
   */
  targetUriEmbedded?: boolean | null;
  /**
   * PreviewUri is a link to display when viewing an open media interaction in queue. This can be the same link as the targetUri or an informational viewer. If left blank a generic UI is displayed when an open media item has not been accepted.
   *
   * Reference name `PreviewUrl`.
   */
  previewUrl?: string | null;
  /**
   * Id will be assigned automatically by the system if not specified. This is used when the id is being provided by a third party system If this isn't assigned then a randomly generated code is genrated
   *
   * Reference name `Id`.
   */
  id?: string | null;
  /**
   * HistoryUrl is a url to display when an open media item is displayed inside of the historical archives.
   *
   * Reference name `HistoryUrl`.
   */
  historyUrl?: string | null;
  /**
   * Required when in Multi-tenanting mode optional otherwise. If this system is in Multi-tenant mode then you must specify the id or the unique name of the tenant for which this open media interaction will apply.
   *
   * Reference name `Tenant`.
   */
  tenant?: string | null;
  /**
   * If queue is specified either by Guid, name or reporting number, and the Inbound workflow destination is set to the default OpenMediaDestinationQueue system variable, then the Inbound workflow will automatically route the interaction to the queue specified in the post request. If the post request does not specify a queue, then a queue transfer destination must be specified in the Inbound workflow so the conversation can be routed to the appropriate queue.
   *
   * Reference name `Queue`.
   */
  queue?: string | null;
  /**
   * A reference to the originator for this item if applicable. Use this to display a meaningful name in the agent application.
   *
   * Reference name `From`.
   */
  from?: string | null;
  /**
   * A reference to the destination for this item if applicable. Use this to display a meaningful name in the agent application.
   *
   * Reference name `To`.
   */
  to?: string | null;
  /**
   * A reference to a subject for this item if applicable. Use this to display a meaningful name for this interaction in the agent application
   *
   * Reference name `Subject`.
   */
  subject?: string | null;
  /**
   * VariableData is an array of elements that will be assigned to routing variables at run time. This allows you to build complex routing scripts and condionally route based on this information. The key of the element must match a routing variable name. Unknown data elements will be ignored and no error will be thrown. For example, you can provide Contact information such as "Name", "Email", "Phone" and "MobilePhone", so the system can identify an existing contact or create a new one for this interaction.
   *
   * Reference name `VariableData`.
   */
  variableData?: JsonObject | null;
}

/** The update of an open media item (complete or reroute). */
export interface OpenMediaUpdateRequestModel {
  /**
   * Include the action type by specifying Complete which will cause the item to be completed and trigger the response workflow.
   *
   * The reference does not list this enum's names and values: the generated table is the simulator's assumption, and any other value is kept as received.
   *
   * Reference name `Action`.
   */
  action?: OpenMediaAction | null;
}

/** 0 = Unknown 1 = Available 2 = Busy 3 = DoNotDisturb 4 = Away 5 = Offline. Real servers send and accept the names as strings too (wire-facts.md). */
export type PresenceAvailability =
  | "Unknown"
  | "Available"
  | "Busy"
  | "DoNotDisturb"
  | "Away"
  | "Offline"
  | UnknownEnumValue;

/** Presence information of a directory entry or employee. The reference names this model but renders it collapsed. The properties below are the ones public code reads from employee state on real servers (wire-facts.md: `presence.aggregate.acdState`, `presence.email`, `presence.chat`, `presence.sms`, `presence.openMedia` objects and `presence.voice` array, each with an `acdState`); other properties may exist. */
export interface Presentity {
  /** Reference name `Aggregate`. */
  aggregate?: MediaPresence | null;
  /** Reference name `Voice`. */
  voice?: MediaPresence[] | null;
  /** Reference name `Email`. */
  email?: MediaPresence | null;
  /** Reference name `Chat`. */
  chat?: MediaPresence | null;
  /** Reference name `Sms`. */
  sms?: MediaPresence | null;
  /** Reference name `OpenMedia`. */
  openMedia?: MediaPresence | null;
  /** Properties the reference does not name, as received. */
  [key: string]: unknown;
}

/** A problem report. */
export interface ProblemReportModel {
  /**
   * Gets or sets the name of the application associated with the problem report.
   *
   * Reference name `Application`.
   */
  application?: string | null;
  /**
   * Gets or sets the description of the problem or issue reported.
   *
   * Reference name `Description`.
   */
  description?: string | null;
  /**
   * Gets or sets a collection of log entries related to the problem report.
   *
   * Reference name `Logs`.
   */
  logs?: string[] | null;
}

/** A voice routing prompt. */
export interface PromptModel {
  /**
   * Gets or sets the links associated with the resource.
   *
   * Reference name `_links`.
   */
  _links?: Links | null;
  /**
   * Gets or sets the embedded resources associated with the resource.
   *
   * Reference name `_embedded`.
   */
  _embedded?: JsonObject | null;
  /** Reference name `id`. */
  id?: string | null;
  /** Reference name `name`. */
  name?: string | null;
}

/**
 * A queue greeting. The reference names this model but renders it collapsed: its properties are not known.
 *
 * Its properties are not known: passed on as received.
 */
export type QueueGreetingModel = JsonObject;

/** A queue (or queue group). */
export interface QueueModel {
  /**
   * Gets or sets the links associated with the resource.
   *
   * Reference name `_links`.
   */
  _links?: Links | null;
  /**
   * Gets or sets the embedded resources associated with the resource.
   *
   * Reference name `_embedded`.
   */
  _embedded?: JsonObject | null;
  /** Reference name `id`. */
  id?: string | null;
  /** Reference name `name`. */
  name?: string | null;
  /** Reference name `Reporting`. */
  reporting?: string | null;
  /**
   * The reference does not list this enum's names and values: the generated table is the simulator's assumption, and any other value is kept as received.
   *
   * Reference name `MediaType`.
   */
  mediaType?: MediaType | null;
  /** Reference name `MediaServerRefId`. */
  mediaServerRefId?: string | null;
  /** Reference name `Members`. */
  members?: JsonValue[] | null;
  /** Reference name `IsClassificationCodeEnabled`. */
  isClassificationCodeEnabled?: boolean | null;
  /** Reference name `Dialable`. */
  dialable?: string | null;
  /** Reference name `GenerateStatsDuringBusinessHoursOnly`. */
  generateStatsDuringBusinessHoursOnly?: boolean | null;
  /** Reference name `BusinessHoursRefId`. */
  businessHoursRefId?: string | null;
  /** Reference name `BusinessSchedule`. */
  businessSchedule?: JsonObject | null;
  /**
   * A .NET TimeSpan; the reference shows a string, the type is inferred from the name.
   *
   * Reference name `ServiceLevel`.
   */
  serviceLevel?: TimeSpan | null;
  /** Reference name `MediaServer`. */
  mediaServer?: string | null;
  /** Reference name `IsRealTime`. */
  isRealTime?: boolean | null;
}

/** The real-time state of a queue or queue group ("Queue Now"). Also the payload of the queueHub event queueStateChanged. */
export interface QueueState {
  /**
   * Gets or sets the links associated with the resource.
   *
   * Reference name `_links`.
   */
  _links?: Links | null;
  /**
   * Gets or sets the embedded resources associated with the resource.
   *
   * Reference name `_embedded`.
   */
  _embedded?: JsonObject | null;
  /** Reference name `Id`. */
  id?: string | null;
  /**
   * A .NET TimeSpan; the reference shows a string, the type is inferred from the name.
   *
   * Reference name `AbandonedConversationsAverageDurationToday`.
   */
  abandonedConversationsAverageDurationToday?: TimeSpan | null;
  /** Reference name `AbandonedConversationsInTheLast15Minutes`. */
  abandonedConversationsInTheLast15Minutes?: number | null;
  /** Reference name `AbandonedConversationsInTheLastHour`. */
  abandonedConversationsInTheLastHour?: number | null;
  /** Reference name `AbandonedConversationsPercentageInTheLast15Minutes`. */
  abandonedConversationsPercentageInTheLast15Minutes?: number | null;
  /** Reference name `AbandonedConversationsPercentageInTheLastHour`. */
  abandonedConversationsPercentageInTheLastHour?: number | null;
  /** Reference name `AbandonedConversationsPercentageToday`. */
  abandonedConversationsPercentageToday?: number | null;
  /** Reference name `AbandonedConversationsToday`. */
  abandonedConversationsToday?: number | null;
  /**
   * A .NET TimeSpan; the reference shows a string, the type is inferred from the name.
   *
   * Reference name `AgentLoggedInTotalDurationToday`.
   */
  agentLoggedInTotalDurationToday?: TimeSpan | null;
  /** Reference name `AgentsAvailable`. */
  agentsAvailable?: number | null;
  /** Reference name `AgentsIdle`. */
  agentsIdle?: number | null;
  /** Reference name `AgentsOnAcdConversations`. */
  agentsOnAcdConversations?: number | null;
  /** Reference name `AgentsOnNonAcdConversations`. */
  agentsOnNonAcdConversations?: number | null;
  /** Reference name `AgentsOnOutboundConversations`. */
  agentsOnOutboundConversations?: number | null;
  /** Reference name `AgentsUnavailable`. */
  agentsUnavailable?: number | null;
  /** Reference name `AgentsUnavailableInTheLast15Minutes`. */
  agentsUnavailableInTheLast15Minutes?: number | null;
  /** Reference name `AgentsUnavailableInTheLastHour`. */
  agentsUnavailableInTheLastHour?: number | null;
  /**
   * A .NET TimeSpan; the reference shows a string, the type is inferred from the name.
   *
   * Reference name `AnsweredConversationsAverageDurationInTheLast15Minutes`.
   */
  answeredConversationsAverageDurationInTheLast15Minutes?: TimeSpan | null;
  /**
   * A .NET TimeSpan; the reference shows a string, the type is inferred from the name.
   *
   * Reference name `AnsweredConversationsAverageDurationInTheLastHour`.
   */
  answeredConversationsAverageDurationInTheLastHour?: TimeSpan | null;
  /**
   * A .NET TimeSpan; the reference shows a string, the type is inferred from the name.
   *
   * Reference name `AnsweredConversationsAverageDurationToday`.
   */
  answeredConversationsAverageDurationToday?: TimeSpan | null;
  /** Reference name `AnsweredConversationsByAgentGroup1Today`. */
  answeredConversationsByAgentGroup1Today?: number | null;
  /** Reference name `AnsweredConversationsByAgentGroup2Today`. */
  answeredConversationsByAgentGroup2Today?: number | null;
  /** Reference name `AnsweredConversationsByAgentGroup3Today`. */
  answeredConversationsByAgentGroup3Today?: number | null;
  /** Reference name `AnsweredConversationsByAgentGroup4Today`. */
  answeredConversationsByAgentGroup4Today?: number | null;
  /** Reference name `AnsweredConversationsInTheLast15Minutes`. */
  answeredConversationsInTheLast15Minutes?: number | null;
  /** Reference name `AnsweredConversationsInTheLastHour`. */
  answeredConversationsInTheLastHour?: number | null;
  /** Reference name `AnsweredConversationsPercentageByAgentGroup1Today`. */
  answeredConversationsPercentageByAgentGroup1Today?: number | null;
  /** Reference name `AnsweredConversationsPercentageByAgentGroup2Today`. */
  answeredConversationsPercentageByAgentGroup2Today?: number | null;
  /** Reference name `AnsweredConversationsPercentageByAgentGroup3Today`. */
  answeredConversationsPercentageByAgentGroup3Today?: number | null;
  /** Reference name `AnsweredConversationsPercentageByAgentGroup4Today`. */
  answeredConversationsPercentageByAgentGroup4Today?: number | null;
  /** Reference name `AnsweredConversationsPercentageInTheLast15Minutes`. */
  answeredConversationsPercentageInTheLast15Minutes?: number | null;
  /** Reference name `AnsweredConversationsPercentageInTheLastHour`. */
  answeredConversationsPercentageInTheLastHour?: number | null;
  /** Reference name `AnsweredConversationsPercentageToday`. */
  answeredConversationsPercentageToday?: number | null;
  /** Reference name `AnsweredConversationsToday`. */
  answeredConversationsToday?: number | null;
  /**
   * A .NET TimeSpan; the reference shows a string, the type is inferred from the name.
   *
   * Reference name `ConversationAverageDurationInTheLast15Minutes`.
   */
  conversationAverageDurationInTheLast15Minutes?: TimeSpan | null;
  /**
   * A .NET TimeSpan; the reference shows a string, the type is inferred from the name.
   *
   * Reference name `ConversationAverageDurationInTheLastHour`.
   */
  conversationAverageDurationInTheLastHour?: TimeSpan | null;
  /**
   * A .NET TimeSpan; the reference shows a string, the type is inferred from the name.
   *
   * Reference name `ConversationAverageDurationToday`.
   */
  conversationAverageDurationToday?: TimeSpan | null;
  /**
   * A .NET TimeSpan; the reference shows a string, the type is inferred from the name.
   *
   * Reference name `ConversationTotalDurationToday`.
   */
  conversationTotalDurationToday?: TimeSpan | null;
  /**
   * A .NET TimeSpan; the reference shows a string, the type is inferred from the name.
   *
   * Reference name `EstimatedWaitTimeForNewConversations`.
   */
  estimatedWaitTimeForNewConversations?: TimeSpan | null;
  /** Reference name `InterflowedConversationsInTheLast15Minutes`. */
  interflowedConversationsInTheLast15Minutes?: number | null;
  /** Reference name `InterflowedConversationsInTheLastHour`. */
  interflowedConversationsInTheLastHour?: number | null;
  /** Reference name `InterflowedConversationsToday`. */
  interflowedConversationsToday?: number | null;
  /** Reference name `IsInDoNotDisturb`. */
  isInDoNotDisturb?: boolean | null;
  /**
   * A .NET TimeSpan; the reference shows a string, the type is inferred from the name.
   *
   * Reference name `LongestWaitingConversationDuration`.
   */
  longestWaitingConversationDuration?: TimeSpan | null;
  /** Reference name `LongestWaitingStartedTime`. */
  longestWaitingStartedTime?: DateTime | null;
  /** Reference name `LongestWaitingStartedTimeMediaServerId`. */
  longestWaitingStartedTimeMediaServerId?: string | null;
  /**
   * A .NET TimeSpan; the reference shows a string, the type is inferred from the name.
   *
   * Reference name `MakeBusyTotalDurationToday`.
   */
  makeBusyTotalDurationToday?: TimeSpan | null;
  /** Reference name `OfferedConversationsInTheLast15Minutes`. */
  offeredConversationsInTheLast15Minutes?: number | null;
  /** Reference name `OfferedConversationsInTheLastHour`. */
  offeredConversationsInTheLastHour?: number | null;
  /** Reference name `OfferedConversationsToday`. */
  offeredConversationsToday?: number | null;
  /** Reference name `Name`. */
  name?: string | null;
  /** Reference name `Reporting`. */
  reporting?: string | null;
  /** Reference name `IsGroup`. */
  isGroup?: boolean | null;
  /**
   * The reference does not list this enum's names and values: the generated table is the simulator's assumption, and any other value is kept as received.
   *
   * Reference name `MediaType`.
   */
  mediaType?: MediaType | null;
  /** Reference name `RequeuedConversationsToday`. */
  requeuedConversationsToday?: number | null;
  /** Reference name `ServiceLevelPercentageInTheLast15Minutes`. */
  serviceLevelPercentageInTheLast15Minutes?: number | null;
  /** Reference name `ServiceLevelPercentageInTheLastHour`. */
  serviceLevelPercentageInTheLastHour?: number | null;
  /** Reference name `ServiceLevelPercentageToday`. */
  serviceLevelPercentageToday?: number | null;
  /** Reference name `ServiceLevelGoalPercentage`. */
  serviceLevelGoalPercentage?: number | null;
  /** Reference name `TimeOfLastReceivedUpdate`. */
  timeOfLastReceivedUpdate?: DateTime | null;
  /** Reference name `TransfersToUnavailableQueue`. */
  transfersToUnavailableQueue?: number | null;
  /** Reference name `TransfersToUnavailableQueueTotalToday`. */
  transfersToUnavailableQueueTotalToday?: number | null;
  /** Reference name `WaitingConversations`. */
  waitingConversations?: number | null;
  /**
   * A .NET TimeSpan; the reference shows a string, the type is inferred from the name.
   *
   * Reference name `WorkTimerTotalDurationToday`.
   */
  workTimerTotalDurationToday?: TimeSpan | null;
}

/** A reason code. `Type` is a name such as `Busy` or `Dnd` (wire-facts.md). */
export interface ReasonCodeModel {
  /**
   * Gets or sets the links associated with the resource.
   *
   * Reference name `_links`.
   */
  _links?: Links | null;
  /**
   * Gets or sets the embedded resources associated with the resource.
   *
   * Reference name `_embedded`.
   */
  _embedded?: JsonObject | null;
  /** Reference name `Id`. */
  id?: string | null;
  /** Reference name `Name`. */
  name?: string | null;
  /** Reference name `Reporting`. */
  reporting?: string | null;
  /** Reference name `Type`. */
  type?: string | null;
  /** Reference name `SiteRefId`. */
  siteRefId?: string | null;
}

/** The content of a personal reply template file. */
export interface ReplyTemplateContentModel {
  /** Reference name `String`. */
  string?: string | null;
}

/** A node of the personal reply template folder tree. */
export interface ReplyTemplateFolderModel {
  /** Reference name `Label`. */
  label?: string | null;
  /**
   * Child folders (same model; inferred from the tree shape, the reference renders the array collapsed).
   *
   * Reference name `Children`.
   */
  children?: ReplyTemplateFolderModel[] | null;
  /** Reference name `NoLeaf`. */
  noLeaf?: boolean | null;
  /** Reference name `Data`. */
  data?: JsonObject | null;
}

/** A reply template file. */
export interface ReplyTemplateModel {
  /** Reference name `Path`. */
  path?: string | null;
  /** Reference name `Template`. */
  template?: string | null;
  /** Reference name `TemplateName`. */
  templateName?: string | null;
}

/** A router diagnostic command. Use `Help` as the CommandName to list the supported commands. */
export interface RouterDiagnosticCommandModel {
  /** Reference name `CommandName`. */
  commandName?: string | null;
  /** Reference name `Value`. */
  value?: string | null;
}

/** Status information of the server. */
export interface ServerStatusModel {
  /**
   * A .NET TimeSpan; the reference shows a string, the type is inferred from the name.
   *
   * Reference name `ServerUpTime`.
   */
  serverUpTime?: TimeSpan | null;
  /** Reference name `ServerTime`. */
  serverTime?: DateTime | null;
  /**
   * A .NET TimeSpan; the reference shows a string, the type is inferred from the name.
   *
   * Reference name `ApplicationUpTime`.
   */
  applicationUpTime?: TimeSpan | null;
  /** Reference name `IsReady`. */
  isReady?: boolean | null;
  /** Reference name `IsRealtimeConnected`. */
  isRealtimeConnected?: boolean | null;
  /** Reference name `IsDataAccessConnected`. */
  isDataAccessConnected?: boolean | null;
}

/**
 * The values of `MediaServerModel.ServerType`.
 *
 * Names assumed (the reference does not list them); other values arrive as received.
 */
export type ServerType =
  | "Unknown"
  | "Enterprise"
  | "Remote"
  | UnknownEnumValue;

/** A site or tenant. */
export interface SiteModel {
  /**
   * Gets or sets the links associated with the resource.
   *
   * Reference name `_links`.
   */
  _links?: Links | null;
  /**
   * Gets or sets the embedded resources associated with the resource.
   *
   * Reference name `_embedded`.
   */
  _embedded?: JsonObject | null;
  /** Reference name `id`. */
  id?: string | null;
  /** Reference name `name`. */
  name?: string | null;
  /** Reference name `TimeZone`. */
  timeZone?: string | null;
  /** Reference name `Language`. */
  language?: string | null;
  /** Reference name `MailServerRefId`. */
  mailServerRefId?: string | null;
  /** Reference name `StoragePath`. */
  storagePath?: string | null;
  /** Reference name `IsAgentGreetingEnabled`. */
  isAgentGreetingEnabled?: boolean | null;
}

/**
 * The values of `EmployeeModel.SupervisorLicenseType`.
 *
 * Names assumed (the reference does not list them); other values arrive as received.
 */
export type SupervisorLicenseType =
  | "None"
  | "Basic"
  | "Full"
  | UnknownEnumValue;

/** 0 = Queue 1 = Employee 2 = External 3 = VoiceMail 4 = EndPoint. Real servers send and accept the names as strings too (wire-facts.md). */
export type TransferDestinationType =
  | "Queue"
  | "Employee"
  | "External"
  | "VoiceMail"
  | "EndPoint"
  | UnknownEnumValue;

/** An IVR (routing) variable. */
export interface VariableModel {
  /**
   * Gets or sets the links associated with the resource.
   *
   * Reference name `_links`.
   */
  _links?: Links | null;
  /**
   * Gets or sets the embedded resources associated with the resource.
   *
   * Reference name `_embedded`.
   */
  _embedded?: JsonObject | null;
  /** Reference name `id`. */
  id?: string | null;
  /** Reference name `name`. */
  name?: string | null;
  /** Reference name `Description`. */
  description?: string | null;
  /** Reference name `SendToDesktop`. */
  sendToDesktop?: boolean | null;
  /** Reference name `ShowOnAgentToaster`. */
  showOnAgentToaster?: boolean | null;
  /** Reference name `DisplayName`. */
  displayName?: string | null;
  /** Reference name `IsReadOnly`. */
  isReadOnly?: boolean | null;
  /**
   * The reference does not list this enum's names and values: the generated table is the simulator's assumption, and any other value is kept as received.
   *
   * Reference name `Type`.
   */
  type?: VariableType | null;
  /**
   * The reference does not list this enum's names and values: the generated table is the simulator's assumption, and any other value is kept as received.
   *
   * Reference name `CategoryType`.
   */
  categoryType?: CategoryType | null;
}

/**
 * The values of `VariableModel.Type`.
 *
 * Names assumed (the reference does not list them); other values arrive as received.
 */
export type VariableType =
  | "String"
  | "Integer"
  | "Boolean"
  | "DateTime"
  | UnknownEnumValue;

/** A warning reason. */
export interface WarningReasonModel {
  /**
   * Gets or sets the links associated with the resource.
   *
   * Reference name `_links`.
   */
  _links?: Links | null;
  /**
   * Gets or sets the embedded resources associated with the resource.
   *
   * Reference name `_embedded`.
   */
  _embedded?: JsonObject | null;
  /** Reference name `Id`. */
  id?: string | null;
  /** Reference name `Name`. */
  name?: string | null;
}

/** The registered webhooks. */
export interface WebhookListModel {
  /** Reference name `WebhookList`. */
  webhookList?: JsonValue[] | null;
}

/** The webhook model containing the URL and token. */
export interface WebhookModel {
  /**
   * Gets or sets the links associated with the resource.
   *
   * Reference name `_links`.
   */
  _links?: Links | null;
  /**
   * Gets or sets the embedded resources associated with the resource.
   *
   * Reference name `_embedded`.
   */
  _embedded?: JsonObject | null;
  /**
   * Gets or sets the unique identifier of the model.
   *
   * Reference name `id`.
   */
  id?: string | null;
  /**
   * Gets or sets the name of the model.
   *
   * Reference name `name`.
   */
  name?: string | null;
  /**
   * Webhook URL
   *
   * Reference name `Url`.
   */
  url?: string | null;
  /**
   * Authentication token for the webhook
   *
   * Reference name `Token`.
   */
  token?: string | null;
}

/** `AvailableReason` as a request body may carry it. */
export type AvailableReasonRequest =
  | "Available"
  | "ClearWorkTimer"
  | "ClearBusy"
  | "ClearDoNotDisturb"
  | "Login";

/** `CallDetailsDataModel` as a request body: the properties the reference requires are required (value types aside: servers fill them with their defaults). */
export interface CallDetailsDataModelRequest {
  variables?: KeyValuePairOfStringAndStringRequest[] | null;
}

/** `ConferenceActionType` as a request body may carry it. */
export type ConferenceActionTypeRequest =
  | "Hold"
  | "RemoveHold"
  | "Mute"
  | "Unmute"
  | "Deaf"
  | "Undeaf"
  | "Kick"
  | "Play";

/** `ConversationActionType` as a request body may carry it. */
export type ConversationActionTypeRequest =
  | "Unknown"
  | "Accept"
  | "AutoAnswer"
  | "Decline"
  | "Junk"
  | "NoReply"
  | "Hold"
  | "RemoveHold"
  | "Transfer"
  | "Pick"
  | "End"
  | "EnterAccountCode"
  | "EnterClassificationCode"
  | "Tag"
  | "Invite"
  | "ConferenceAction"
  | "Delete"
  | "Save"
  | "Send"
  | "Dtmf"
  | "Cancel"
  | "ConsultationCall"
  | "Forward"
  | "JunkFailed"
  | "Retry"
  | "Reroute"
  | "ChangeCase"
  | "EnhancedTransfer"
  | "CompleteTransfer"
  | "SwapHold"
  | "Preview"
  | "CancelRequestHelp"
  | "Like"
  | "UndoLike"
  | "Reuse"
  | "Dislike"
  | "Warn"
  | "RemoveWarning"
  | "LinkToTemplate"
  | "UnlinkTemplate"
  | "StartRecord"
  | "StopRecord";

/** `ConversationRequestModel` as a request body: the properties the reference requires are required (value types aside: servers fill them with their defaults). */
export interface ConversationRequestModelRequest {
  type?: ConversationRequestTypeRequest | null;
  to?: string | null;
  from?: string | null;
  fromName?: string | null;
  subject?: string | null;
  relatedConversationId?: string | null;
  case?: string | null;
  lightDirectoryEntryModels?: LightDirectoryEntryModelRequest[] | null;
}

/** `ConversationRequestType` as a request body may carry it. */
export type ConversationRequestTypeRequest =
  | "Chat"
  | "Email"
  | "Sms"
  | "OpenMedia"
  | "Voice"
  | "VoiceNone"
  | "VoiceSilent"
  | "VoiceWhisper"
  | "VoiceBarge"
  | "RequestHelp";

/** `ConversationTransferType` as a request body may carry it. */
export type ConversationTransferTypeRequest =
  | "VoiceBlindTransfer"
  | "VoiceSupervisedTransfer"
  | "VoiceQueuedTransfer"
  | "VoiceInviteTransfer"
  | "MccTransfer";

/** `ConversationUpdateModel` as a request body: the properties the reference requires are required (value types aside: servers fill them with their defaults). */
export interface ConversationUpdateModelRequest {
  id?: string | null;
  conversationAction?: ConversationActionTypeRequest | null;
  transferDestinationType?: TransferDestinationTypeRequest | null;
  conferenceAction?: ConferenceActionTypeRequest | null;
  transferDestination?: string | null;
  conferenceMember?: string | null;
  invitees?: string[] | null;
  accountCodeId?: string | null;
  dtmfDigit?: string | null;
  lastTimeDigitPressed?: DateTime | null;
  tags?: KeyValuePairOfStringAndStringRequest[] | null;
  mediaServerType?: NodeTypesRequest | null;
  actualTransferDestinationType?: string | null;
  mediaType?: string | null;
  transferType?: ConversationTransferTypeRequest | null;
}

/** `DirectoryEntryModel` as a request body: the properties the reference requires are required (value types aside: servers fill them with their defaults). */
export interface DirectoryEntryModelRequest {
  _links?: Links | null;
  _embedded?: JsonObject | null;
  id?: string | null;
  siteId: string;
  name?: string | null;
  email?: string | null;
  phone?: string | null;
  mobilePhone?: string | null;
  type?: DirectoryEntryTypeRequest | null;
  presence?: PresentityRequest | null;
  photoUrl?: string | null;
  custom?: JsonObject | null;
  createdOn?: DateTime | null;
  modifiedOn?: DateTime | null;
  phoneDialable?: string | null;
  mobilePhoneDialable?: string | null;
  voiceMediaServerType?: NodeTypesRequest | null;
  extension?: string | null;
  isMediaQueueWorkflowValidated?: boolean | null;
}

/** `DirectoryEntryType` as a request body may carry it. */
export type DirectoryEntryTypeRequest =
  | "Unknown"
  | "Employee"
  | "Queue"
  | "DatabaseContact"
  | "ElasticContact"
  | "ADUser"
  | "ADContact"
  | "ADGroup"
  | "Extension"
  | "ExternalContact";

/** `EmployeeAgentGroupModel` as a request body: the properties the reference requires are required (value types aside: servers fill them with their defaults). */
export interface EmployeeAgentGroupModelRequest {
  _links?: Links | null;
  _embedded?: JsonObject | null;
  id: string;
  name?: string | null;
  reporting?: string | null;
  statuses?: EmployeeAgentGroupStatusRequest[] | null;
}

/** `EmployeeAgentGroupStatus` as a request body: the properties the reference requires are required (value types aside: servers fill them with their defaults). */
export interface EmployeeAgentGroupStatusRequest {
  id?: string | null;
  type?: string | null;
  status?: string | null;
  [key: string]: unknown;
}

/** `EmployeeGreetingsModel` as a request body: the properties the reference requires are required (value types aside: servers fill them with their defaults). */
export interface EmployeeGreetingsModelRequest {
  isDefault?: boolean | null;
  defaultGreeting?: string | null;
  greetings?: string[] | null;
  queueGreetings?: QueueGreetingModelRequest[] | null;
}

/** `EmployeeStateUpdateModel` as a request body: the properties the reference requires are required (value types aside: servers fill them with their defaults). */
export interface EmployeeStateUpdateModelRequest {
  state?: PresenceAvailabilityRequest | null;
  reason?: string | null;
  availableReason?: AvailableReasonRequest | null;
  deviceId?: string | null;
  hotDeskBaseExtension?: string | null;
  hotDeskPin?: string | null;
  isHotDeskExternal?: boolean | null;
  hotDeskAgentReporting?: string | null;
  isCloudlinkAuthenticated?: boolean | null;
}

/** `FileUploadModel` as a request body: the properties the reference requires are required (value types aside: servers fill them with their defaults). */
export interface FileUploadModelRequest {
  base64String?: string | null;
  config?: JsonObject | null;
}

/** `GlobalReplyTemplateModel` as a request body: the properties the reference requires are required (value types aside: servers fill them with their defaults). */
export interface GlobalReplyTemplateModelRequest {
  _links?: Links | null;
  _embedded?: JsonObject | null;
  id?: string | null;
  siteId: string;
  createdOn?: DateTime | null;
  modifiedOn?: DateTime | null;
  customerText?: string | null;
  template?: string | null;
  templateText?: string | null;
  media?: string | null;
  tags?: string | null;
  queues?: QueueModelRequest[] | null;
}

/** `GreetingRecordingModel` as a request body: the properties the reference requires are required (value types aside: servers fill them with their defaults). */
export interface GreetingRecordingModelRequest {
  recordingName?: string | null;
  isDefault?: boolean | null;
}

/** `KeyValuePairOfStringAndString` in a request body. */
export type KeyValuePairOfStringAndStringRequest = JsonObject;

/** `LightDirectoryEntryModel` in a request body. */
export type LightDirectoryEntryModelRequest = JsonObject;

/** `MediaPresence` as a request body: the properties the reference requires are required (value types aside: servers fill them with their defaults). */
export interface MediaPresenceRequest {
  acdState?: PresenceAvailabilityRequest | null;
  reason?: string | null;
  reporting?: string | null;
  [key: string]: unknown;
}

/** `MediaType` as a request body may carry it. */
export type MediaTypeRequest =
  | "Unknown"
  | "Voice"
  | "Email"
  | "Chat"
  | "Sms"
  | "OpenMedia";

/** `NodeTypes` as a request body may carry it. */
export type NodeTypesRequest =
  | "Unknown"
  | "SX200ACD"
  | "SX2000ACD"
  | "SX200ACDwithRealTime"
  | "SX2000UCD"
  | "SX2000withMiTAI"
  | "Reserved6"
  | "MCCEmail"
  | "Reserved8"
  | "Motive"
  | "WallBoard"
  | "Reserved12"
  | "Reserved13"
  | "MCCWebChat"
  | "ICP3300"
  | "ICP3300withMiTAI"
  | "MCCOpenMedia"
  | "CCS6120"
  | "Intertel5000"
  | "VWM"
  | "MCCSms"
  | "SIP";

/** `OpenMediaAction` as a request body may carry it. */
export type OpenMediaActionRequest =
  | "Complete"
  | "Reroute";

/** `OpenMediaRequestModel` as a request body: the properties the reference requires are required (value types aside: servers fill them with their defaults). */
export interface OpenMediaRequestModelRequest {
  targetUri?: string | null;
  targetUriEmbedded?: boolean | null;
  previewUrl?: string | null;
  id?: string | null;
  historyUrl?: string | null;
  tenant?: string | null;
  queue?: string | null;
  from?: string | null;
  to?: string | null;
  subject?: string | null;
  variableData?: JsonObject | null;
}

/** `OpenMediaUpdateRequestModel` as a request body: the properties the reference requires are required (value types aside: servers fill them with their defaults). */
export interface OpenMediaUpdateRequestModelRequest {
  action?: OpenMediaActionRequest | null;
}

/** `PresenceAvailability` as a request body may carry it. */
export type PresenceAvailabilityRequest =
  | "Unknown"
  | "Available"
  | "Busy"
  | "DoNotDisturb"
  | "Away"
  | "Offline";

/** `Presentity` as a request body: the properties the reference requires are required (value types aside: servers fill them with their defaults). */
export interface PresentityRequest {
  aggregate?: MediaPresenceRequest | null;
  voice?: MediaPresenceRequest[] | null;
  email?: MediaPresenceRequest | null;
  chat?: MediaPresenceRequest | null;
  sms?: MediaPresenceRequest | null;
  openMedia?: MediaPresenceRequest | null;
  [key: string]: unknown;
}

/** `ProblemReportModel` as a request body: the properties the reference requires are required (value types aside: servers fill them with their defaults). */
export interface ProblemReportModelRequest {
  application?: string | null;
  description?: string | null;
  logs?: string[] | null;
}

/** `QueueGreetingModel` in a request body. */
export type QueueGreetingModelRequest = JsonObject;

/** `QueueModel` as a request body: the properties the reference requires are required (value types aside: servers fill them with their defaults). */
export interface QueueModelRequest {
  _links?: Links | null;
  _embedded?: JsonObject | null;
  id?: string | null;
  name?: string | null;
  reporting?: string | null;
  mediaType?: MediaTypeRequest | null;
  mediaServerRefId?: string | null;
  members?: JsonValue[] | null;
  isClassificationCodeEnabled?: boolean | null;
  dialable?: string | null;
  generateStatsDuringBusinessHoursOnly?: boolean | null;
  businessHoursRefId?: string | null;
  businessSchedule?: JsonObject | null;
  serviceLevel?: TimeSpan | null;
  mediaServer?: string | null;
  isRealTime?: boolean | null;
}

/** `RouterDiagnosticCommandModel` as a request body: the properties the reference requires are required (value types aside: servers fill them with their defaults). */
export interface RouterDiagnosticCommandModelRequest {
  commandName?: string | null;
  value?: string | null;
}

/** `TransferDestinationType` as a request body may carry it. */
export type TransferDestinationTypeRequest =
  | "Queue"
  | "Employee"
  | "External"
  | "VoiceMail"
  | "EndPoint";

/** `WebhookModel` as a request body: the properties the reference requires are required (value types aside: servers fill them with their defaults). */
export interface WebhookModelRequest {
  _links?: Links | null;
  _embedded?: JsonObject | null;
  id: string;
  name?: string | null;
  url?: string | null;
  token?: string | null;
}
