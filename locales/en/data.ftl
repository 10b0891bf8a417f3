## Data & backups screen (staff locale). Japanese is the source locale.

data-open = Data & backups
data-back = Back to patients
data-heading = Data & backups
data-intro = Patient data is kept only in the encrypted store on this computer. Backups are encrypted too and open only with the passphrase or the recovery key.
data-dismiss = Dismiss

## Automatic backups

data-auto-heading = Automatic backups
data-auto-on = Automatic backups are on. Folder: { $dir }
data-auto-off = Automatic backups are off. Make backups by hand.
data-auto-last = Last backup: { $when }
data-auto-none-yet = No backup has been made since the app started.
data-auto-pending = There are changes since the last backup (backed up at lock or quit).
data-auto-failed = The automatic backup failed: { $detail } The changes are saved in the store but are not in any backup yet.
data-setting-auto = Back up automatically (at lock and quit, and at intervals while working)
data-setting-keep = Automatic backups to keep
data-setting-every = Interval while working (minutes)
data-setting-dir = Backups folder
data-setting-dir-hint = Leave empty to use “backups” inside the data folder. A folder on another disk protects against this computer failing.
data-setting-save = Save settings
data-setting-saved = Settings saved.

## Back up now

data-now-heading = Back up now
data-backup-now = Back up to the backups folder
data-backup-save-as = Save a backup as…
data-backing-up = Writing the backup…
data-backup-done = Backup written: { $path } ({ $patients } patients, { $size }, checksum { $sha }…)

## The backups folder

data-list-heading = Backups folder
data-list-empty = No backups yet.
data-col-date = Written
data-col-size = Size
data-col-patients = Patients
data-col-patients-unverified = not verified
data-col-file = File (select to verify or restore)

## Verify and restore

data-verify-heading = Verify and restore
data-selected-file = Selected backup
data-no-file = No backup selected. Pick one from the list or choose a file.
data-choose-file = Choose a file…
data-key-passphrase = Passphrase at the time of the backup
data-key-recovery = Recovery key
data-key-use-recovery = Use the recovery key
data-key-use-passphrase = Use the passphrase
data-verify = Verify
data-verifying = Verifying…
data-verify-ok = Verified: { $patients } patients, { $records } records, { $terms } user terms, { $audit } audit entries. Checksum OK ({ $sha }…).
data-restore-heading = Restore into a new folder
data-restore-intro = A restore always goes into a new, empty folder. The data in use is never changed.
data-restore-target = Restore into (a new, empty folder)
data-choose-folder = Choose a folder…
data-restore = Restore
data-restoring = Restoring…
data-restore-done = Restored into { $path } ({ $patients } patients).
data-restore-how-to-open = To work with the restored data, restart Kakehashi with the button below, or start it with “kakehashi --data-dir { $path }”.
data-restore-open = Restart with the restored data

## The store would not open

data-open-failed-heading = The data could not be opened
data-open-failed-untouched = The damaged data is left exactly where it is; nothing is overwritten and no new store is created.
data-open-failed-offer = The newest backup, { $path }, can be restored into a new folder. Verify it first.
data-open-failed-no-backup = The backups folder ({ $dir }) holds no usable backup. Choose a backup from elsewhere.

## Plaintext export

data-export-heading = Unencrypted export
data-export-ack = I understand the warning above: an unencrypted file will be written.
data-export-run = Export all patients…
data-exporting = Exporting…
data-export-done = { $patients } patients exported to { $path } (recorded in the audit trail).

## Errors

data-error-backup-dir-absolute = Give the backups folder as an absolute path (“{ $path }”).
data-error-key-required = Enter the passphrase.
data-error-restore-target-not-empty = “{ $path }” is not empty. A backup is restored only into a new, empty folder.
data-error-restore-target-absolute = Give the restore folder as an absolute path (“{ $path }”).
