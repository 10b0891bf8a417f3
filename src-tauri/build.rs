fn main() {
    // Declaring the app's own commands makes each one a permission that a capability must grant;
    // a command no capability lists is refused at the IPC boundary.
    let manifest = tauri_build::AppManifest::new().commands(&[
        "app_info",
        "settings_get",
        "settings_set",
        "store_status",
        "store_setup",
        "store_unlock",
        "store_unlock_recovery",
        "store_lock",
        "activity",
        "patient_list",
        "patient_search",
        "patient_new",
        "patient_load",
        "patient_save",
        "patient_delete",
        "samples_load",
        "checklist",
        "glossary_search",
        "glossary_find_in_text",
        "handoff_preview",
        "handoff_save",
        "handoff_open",
        "ui_ready",
        "backup_status",
        "backup_now",
        "backup_save_as",
        "backup_list",
        "backup_pick_file",
        "backup_pick_folder",
        "backup_verify",
        "backup_restore_suggestion",
        "backup_restore",
        "export_plaintext",
        "store_open_problem",
        "app_relaunch",
    ]);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest))
        .unwrap_or_else(|e| panic!("tauri-build failed: {e:#}"));
}
