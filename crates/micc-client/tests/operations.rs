//! The client against the API description: the operation table matches it row for row, and
//! every operation has a method (the list below calls each one; the test fails if an
//! operation of the description is not reached).

mod support;

use std::collections::BTreeSet;

use micc_client::api::ops;
use micc_client::hal::HalPage;
use micc_client::models::*;
use micc_client::{Credentials, MiccClient};
use support::Scripted;

#[test]
fn the_operation_table_is_the_description() {
    let described = micc_api::operations().unwrap();
    assert_eq!(ops::ALL.len(), described.len());
    for d in &described {
        let op = ops::ALL
            .iter()
            .find(|o| o.id == d.operation_id)
            .unwrap_or_else(|| panic!("{} missing", d.operation_id));
        assert_eq!(op.method.as_str(), d.method.as_str(), "{}", op.id);
        assert_eq!(op.path, d.path, "{}", op.id);
        assert_eq!(op.odata, d.odata, "{}", op.id);
        assert_eq!(op.collection, d.is_collection, "{}", op.id);
        assert_eq!(op.body, d.request != micc_api::Payload::None, "{}", op.id);
        let own: Vec<(&str, bool)> = d
            .query_params
            .iter()
            .filter(|p| !p.odata)
            .map(|p| (p.name.as_str(), p.required))
            .collect();
        let mine: Vec<(&str, bool)> = op.query.iter().map(|q| (q.name, q.required)).collect();
        assert_eq!(mine, own, "{}", op.id);
    }
}

/// Every method of the public API, by the operation it runs.
fn every_method(c: &MiccClient<Scripted>) -> Vec<(&'static str, &'static str)> {
    let me = c.employees().me();
    let body = ConversationUpdateModel::default();
    vec![
        ("queues.list", c.queues().list().operation().id),
        ("queues.states", c.queues().states().operation().id),
        ("queues.get", c.queues().get("q").operation().id),
        ("queues.delete", c.queues().delete("q").operation().id),
        ("queues.state", c.queues().state("q").operation().id),
        (
            "queues.conversations",
            c.queues().conversations("q").operation().id,
        ),
        (
            "queues.update_conversations",
            c.queues().update_conversations("q", &[]).operation().id,
        ),
        (
            "queues.conversation",
            c.queues().conversation("q", "c").operation().id,
        ),
        (
            "queues.update_conversation",
            c.queues()
                .update_conversation("q", "c", &body)
                .operation()
                .id,
        ),
        (
            "queue_groups.states",
            c.queue_groups().states().operation().id,
        ),
        (
            "queue_groups.state",
            c.queue_groups().state("g").operation().id,
        ),
        (
            "queue_groups.members",
            c.queue_groups().members("g").operation().id,
        ),
        (
            "queue_groups.conversation",
            c.queue_groups().conversation("g", "c").operation().id,
        ),
        ("agents.list", c.agents().list().operation().id),
        ("agents.states", c.agents().states().operation().id),
        ("agents.get", c.agents().get("a").operation().id),
        ("agents.state", c.agents().state("a").operation().id),
        ("agents.licenses", c.agents().licenses().operation().id),
        (
            "agents.integrated_softphone",
            c.agents().integrated_softphone("a").operation().id,
        ),
        ("agent_groups.list", c.agent_groups().list().operation().id),
        ("agent_groups.get", c.agent_groups().get("g").operation().id),
        (
            "agent_groups.states",
            c.agent_groups().states("g").operation().id,
        ),
        (
            "agent_groups.agents",
            c.agent_groups().agents("g").operation().id,
        ),
        ("employees.list", c.employees().list().operation().id),
        (
            "employees.update_states",
            c.employees().update_states(&[]).operation().id,
        ),
        ("employee.get", me.get().operation().id),
        (
            "employee.upload_photo",
            me.upload_photo(&FileUploadModel::default()).operation().id,
        ),
        ("employee.agent_groups", me.agent_groups().operation().id),
        ("employee.queues", me.queues().operation().id),
        ("employee.extensions", me.extensions().operation().id),
        ("employee.state", me.state().operation().id),
        (
            "employee.set_state",
            me.set_state(&EmployeeStateUpdateModel::default())
                .operation()
                .id,
        ),
        (
            "employee.agent_group_presence",
            me.agent_group_presence().operation().id,
        ),
        (
            "employee.set_agent_group_presence",
            me.set_agent_group_presence(&HalPage::new(Vec::new(), Some(0)))
                .operation()
                .id,
        ),
        (
            "employee.agent_group_presence_in",
            me.agent_group_presence_in("g").operation().id,
        ),
        (
            "employee.set_agent_group_presence_in",
            me.set_agent_group_presence_in("g", &EmployeeAgentGroupModel::default())
                .operation()
                .id,
        ),
        (
            "employee.busy_reason_codes",
            me.busy_reason_codes().operation().id,
        ),
        ("employee.account_codes", me.account_codes().operation().id),
        ("employee.greetings", me.greetings().operation().id),
        (
            "employee.start_greeting_recording",
            me.start_greeting_recording(&GreetingRecordingModel::default())
                .operation()
                .id,
        ),
        (
            "employee.update_greeting",
            me.update_greeting("update", "none", &EmployeeGreetingsModel::default())
                .operation()
                .id,
        ),
        ("employee.conversations", me.conversations().operation().id),
        (
            "employee.update_conversations",
            me.update_conversations(&[]).operation().id,
        ),
        (
            "employee.start_conversation",
            me.start_conversation(&ConversationRequestModel::default())
                .operation()
                .id,
        ),
        ("employee.conversation", me.conversation("c").operation().id),
        (
            "employee.update_conversation",
            me.update_conversation("c", &body).operation().id,
        ),
        (
            "conversations.list",
            c.conversations().list().operation().id,
        ),
        (
            "conversations.get",
            c.conversations().get("c").operation().id,
        ),
        (
            "conversations.add_call_details",
            c.conversations()
                .add_call_details("c", &CallDetailsDataModel::default())
                .operation()
                .id,
        ),
        ("open_media.list", c.open_media().list().operation().id),
        (
            "open_media.create",
            c.open_media()
                .create(&OpenMediaRequestModel::default())
                .operation()
                .id,
        ),
        ("open_media.get", c.open_media().get("o").operation().id),
        (
            "open_media.update",
            c.open_media()
                .update("o", &OpenMediaUpdateRequestModel::default())
                .operation()
                .id,
        ),
        ("open_media.queues", c.open_media().queues().operation().id),
        ("directory.list", c.directory().list().operation().id),
        (
            "directory.create",
            c.directory()
                .create(&DirectoryEntryModel::default())
                .operation()
                .id,
        ),
        ("directory.get", c.directory().get("d").operation().id),
        (
            "directory.update",
            c.directory()
                .update("d", &DirectoryEntryModel::default())
                .operation()
                .id,
        ),
        ("history.search", c.history().search().operation().id),
        ("history.count", c.history().count().operation().id),
        ("dnis.list", c.dnis().list().operation().id),
        ("dnis.get", c.dnis().get("d").operation().id),
        ("extensions.list", c.extensions().list().operation().id),
        ("extensions.get", c.extensions().get("e").operation().id),
        ("sites.list", c.sites().list().operation().id),
        ("sites.get", c.sites().get("s").operation().id),
        ("mail_servers.list", c.mail_servers().list().operation().id),
        ("mail_servers.get", c.mail_servers().get("m").operation().id),
        ("reason_codes.list", c.reason_codes().list().operation().id),
        ("reason_codes.get", c.reason_codes().get("r").operation().id),
        (
            "warning_reasons.list",
            c.warning_reasons().list().operation().id,
        ),
        (
            "warning_reasons.get",
            c.warning_reasons().get("w").operation().id,
        ),
        ("prompts.list", c.prompts().list().operation().id),
        ("prompts.get", c.prompts().get("p").operation().id),
        ("variables.list", c.variables().list().operation().id),
        ("variables.get", c.variables().get("v").operation().id),
        (
            "media_servers.list",
            c.media_servers().list().operation().id,
        ),
        (
            "media_servers.get",
            c.media_servers().get("m").operation().id,
        ),
        (
            "media_servers.times",
            c.media_servers().times().operation().id,
        ),
        ("cases.list", c.cases().list().operation().id),
        ("cases.get", c.cases().get("c", "112026").operation().id),
        (
            "application_profiles.list",
            c.application_profiles().list("Ignite").operation().id,
        ),
        (
            "application_profiles.get",
            c.application_profiles()
                .get("Ignite", "Default")
                .operation()
                .id,
        ),
        ("status", c.status().operation().id),
        (
            "global_reply_templates.list",
            c.global_reply_templates().list().operation().id,
        ),
        (
            "global_reply_templates.create",
            c.global_reply_templates()
                .create(&GlobalReplyTemplateModel::default())
                .operation()
                .id,
        ),
        (
            "global_reply_templates.get",
            c.global_reply_templates().get("t").operation().id,
        ),
        (
            "global_reply_templates.update",
            c.global_reply_templates()
                .update("t", &GlobalReplyTemplateModel::default())
                .operation()
                .id,
        ),
        (
            "global_reply_templates.delete",
            c.global_reply_templates().delete("t").operation().id,
        ),
        (
            "global_reply_templates.tags",
            c.global_reply_templates().tags().operation().id,
        ),
        (
            "webhooks.register",
            c.webhooks()
                .register(&WebhookModel::default())
                .operation()
                .id,
        ),
        ("webhooks.list", c.webhooks().list().operation().id),
        (
            "webhooks.oscms_extensions",
            c.webhooks().oscms_extensions().operation().id,
        ),
        (
            "webhooks.call_recordings",
            c.webhooks().call_recordings("case", "call").operation().id,
        ),
        (
            "webhooks.download_recording",
            c.webhooks().download_recording("r").operation().id,
        ),
        (
            "webhooks.play_recording",
            c.webhooks().play_recording("r").operation().id,
        ),
        (
            "chat.reply_template_folders",
            c.chat().reply_template_folders().operation().id,
        ),
        (
            "chat.reply_templates",
            c.chat().reply_templates().operation().id,
        ),
        (
            "chat.reply_templates_base_directory",
            c.chat().reply_templates_base_directory().operation().id,
        ),
        (
            "chat.reply_template",
            c.chat().reply_template("f").operation().id,
        ),
        (
            "chat.check_reply_template_file_access",
            c.chat()
                .check_reply_template_file_access("f")
                .operation()
                .id,
        ),
        (
            "chat.check_reply_template_directory_access",
            c.chat()
                .check_reply_template_directory_access("f")
                .operation()
                .id,
        ),
        (
            "chat.reply_template_file_names",
            c.chat().reply_template_file_names().operation().id,
        ),
        (
            "chat.reply_template_content",
            c.chat().reply_template_content("f").operation().id,
        ),
        (
            "chat.cloudlink_transcript_ready",
            c.chat().cloudlink_transcript_ready("i").operation().id,
        ),
        (
            "chat.cloudlink_chat_tag",
            c.chat().cloudlink_chat_tag("i", "t").operation().id,
        ),
        (
            "chat.cloudlink_transcript",
            c.chat().cloudlink_transcript("i", "e").operation().id,
        ),
        ("email.reusable", c.email().reusable("to").operation().id),
        (
            "email.get",
            c.email().get("c", "Preview", "112026").operation().id,
        ),
        ("email.image", c.email().image("c", "r").operation().id),
        (
            "email.attachment",
            c.email().attachment("c", "f").operation().id,
        ),
        (
            "email.from_queues",
            c.email().from_queues("c").operation().id,
        ),
        (
            "email.reply_template_folders",
            c.email().reply_template_folders().operation().id,
        ),
        (
            "email.reply_templates",
            c.email().reply_templates().operation().id,
        ),
        (
            "email.reply_templates_base_directory",
            c.email().reply_templates_base_directory().operation().id,
        ),
        (
            "email.reply_template",
            c.email().reply_template("f").operation().id,
        ),
        (
            "email.check_reply_template_file_access",
            c.email()
                .check_reply_template_file_access("f")
                .operation()
                .id,
        ),
        (
            "email.check_reply_template_directory_access",
            c.email()
                .check_reply_template_directory_access("f")
                .operation()
                .id,
        ),
        (
            "email.reply_template_file_names",
            c.email().reply_template_file_names().operation().id,
        ),
        (
            "email.reply_template_content",
            c.email().reply_template_content("f").operation().id,
        ),
        ("sms.from_queues", c.sms().from_queues().operation().id),
        (
            "sms.reply_template_folders",
            c.sms().reply_template_folders().operation().id,
        ),
        (
            "sms.reply_templates",
            c.sms().reply_templates().operation().id,
        ),
        (
            "sms.reply_templates_base_directory",
            c.sms().reply_templates_base_directory().operation().id,
        ),
        (
            "sms.reply_template",
            c.sms().reply_template("f").operation().id,
        ),
        (
            "sms.reply_template_file_names",
            c.sms().reply_template_file_names().operation().id,
        ),
        (
            "sms.reply_template_content",
            c.sms().reply_template_content("f").operation().id,
        ),
        (
            "diagnostics.employee_state_monitor_count",
            c.diagnostics()
                .employee_state_monitor_count("me")
                .operation()
                .id,
        ),
        (
            "diagnostics.add_employee_state_monitor",
            c.diagnostics()
                .add_employee_state_monitor("me", true)
                .operation()
                .id,
        ),
        (
            "diagnostics.remove_employee_state_monitor",
            c.diagnostics()
                .remove_employee_state_monitor("me")
                .operation()
                .id,
        ),
        (
            "diagnostics.agent_state_monitor_count",
            c.diagnostics()
                .agent_state_monitor_count("me")
                .operation()
                .id,
        ),
        (
            "diagnostics.add_agent_state_monitors",
            c.diagnostics()
                .add_agent_state_monitors("me", true)
                .operation()
                .id,
        ),
        (
            "diagnostics.remove_agent_state_monitors",
            c.diagnostics()
                .remove_agent_state_monitors("me")
                .operation()
                .id,
        ),
        (
            "diagnostics.agent_inbox_monitor_count",
            c.diagnostics()
                .agent_inbox_monitor_count("me")
                .operation()
                .id,
        ),
        (
            "diagnostics.add_agent_inbox_monitors",
            c.diagnostics()
                .add_agent_inbox_monitors("me", false)
                .operation()
                .id,
        ),
        (
            "diagnostics.remove_agent_inbox_monitors",
            c.diagnostics()
                .remove_agent_inbox_monitors("me")
                .operation()
                .id,
        ),
        (
            "diagnostics.router_command",
            c.diagnostics()
                .router_command(&RouterDiagnosticCommandModel::default())
                .operation()
                .id,
        ),
        (
            "diagnostics.signalr_connections",
            c.diagnostics().signalr_connections("me").operation().id,
        ),
        (
            "diagnostics.problem_report",
            c.diagnostics()
                .problem_report(&ProblemReportModel::default())
                .operation()
                .id,
        ),
    ]
}

#[test]
fn every_operation_of_the_description_has_a_method() {
    let c = Scripted::new().client(Credentials::None);
    let reached: Vec<&str> = every_method(&c).into_iter().map(|(_, id)| id).collect();
    let unique: BTreeSet<&str> = reached.iter().copied().collect();
    assert_eq!(
        unique.len(),
        reached.len(),
        "two methods run the same operation"
    );
    let described: BTreeSet<String> = micc_api::operations()
        .unwrap()
        .into_iter()
        .map(|o| o.operation_id)
        .collect();
    let missing: Vec<&String> = described
        .iter()
        .filter(|id| !unique.contains(id.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "operations without a method: {missing:?}"
    );
    assert_eq!(unique.len(), 139);
}

#[test]
fn the_method_table_names_the_rust_methods() {
    let c = Scripted::new().client(Credentials::None);
    let rust: BTreeSet<(String, &str)> = every_method(&c)
        .into_iter()
        .map(|(q, id)| (q.to_owned(), id))
        .collect();
    let table: BTreeSet<(String, &str)> = micc_client::api::methods::METHODS
        .iter()
        .map(|m| {
            let q = if m.group.is_empty() {
                m.name.to_owned()
            } else {
                format!("{}.{}", m.group, m.name)
            };
            (q, m.operation)
        })
        .collect();
    let only_rust: Vec<_> = rust.difference(&table).collect();
    let only_table: Vec<_> = table.difference(&rust).collect();
    assert!(
        only_rust.is_empty() && only_table.is_empty(),
        "Rust only: {only_rust:?}; table only: {only_table:?}"
    );
}
