<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActorResolution</name>
    <message>
        <location filename="../app/cli/ActorResolution.cpp" line="+40"/>
        <source>note: this database has no operator accounts yet; acting as %1 (admin)</source>
        <translation>Hinweis: Diese Datenbank hat noch keine Mitarbeiterkonten; Sie handeln als %1 (admin)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this database has operator accounts: name yours with --operator NAME (password on standard input or in BACKOFFICE_PASSWORD)</source>
        <translation>Diese Datenbank hat Mitarbeiterkonten: Geben Sie Ihres mit --operator NAME an (Passwort über die Standardeingabe oder in BACKOFFICE_PASSWORD)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
</context>
<context>
    <name>Approvals</name>
    <message>
        <location filename="../app/cli/VerificationCommands.cpp" line="+256"/>
        <source>List the disable requests waiting for a second operator&apos;s approval.</source>
        <translation>Die Deaktivierungsanträge auflisten, die auf die Freigabe eines zweiten Mitarbeiters warten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list the pending requests</source>
        <translation>die offenen Anträge auflisten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>usage: clients approvals list</source>
        <translation>Aufruf: clients approvals list</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No disable requests are waiting for approval.</source>
        <translation>Keine Deaktivierungsanträge warten auf Freigabe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1  client %2  %3  by %4 at %5  reason: %6  identity: %7</source>
        <translation>%1  Kunde %2  %3  von %4 am %5  Grund: %6  Identität: %7</translation>
    </message>
</context>
<context>
    <name>ApproveDisable</name>
    <message>
        <location line="+21"/>
        <source>Approve another operator&apos;s disable request: the 2FA option is turned off now and the client is told.</source>
        <translation>Den Deaktivierungsantrag eines anderen Mitarbeiters freigeben: Die 2FA-Methode wird jetzt ausgeschaltet und der Kunde benachrichtigt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the request&apos;s ID (clients approvals list)</source>
        <translation>die ID des Antrags (clients approvals list)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>request ID</source>
        <translation>Antrags-ID</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Request %1 approved: 2FA (%2) disabled for client %3; recorded in the audit log.</source>
        <translation>Antrag %1 freigegeben: 2FA (%2) für Kunde %3 deaktiviert; im Audit-Log festgehalten.</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="+57"/>
        <source>The audit log.

  audit list [filters] [--limit N] [--json]   newest first; JSON: an array of events
  audit verify [--json]                       exit 0 when the hash chain is intact, 1 at the first broken event
  audit export [filters] [--csv FILE|-]       CSV to FILE or standard output</source>
        <translation>Das Audit-Log.

  audit list [filters] [--limit N] [--json]   neueste zuerst; JSON: ein Array von Ereignissen
  audit verify [--json]                       Exit-Status 0, wenn die Hash-Kette intakt ist, 1 beim ersten defekten Ereignis
  audit export [filters] [--csv FILE|-]       CSV in FILE oder auf die Standardausgabe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>list, verify or export</source>
        <translation>list, verify oder export</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>invalid --client %1: not a client id</source>
        <translation>ungültiges --client %1: keine Kunden-ID</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>invalid --%1 %2: use YYYY-MM-DD or an ISO 8601 date-time</source>
        <translation>ungültiges --%1 %2: Verwenden Sie YYYY-MM-DD oder ein Datum mit Uhrzeit nach ISO 8601</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>invalid --limit %1: a positive number</source>
        <translation>ungültiges --limit %1: eine positive Zahl</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Only events about this client id.</source>
        <translation>Nur Ereignisse zu dieser Kunden-ID.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only events by this operator.</source>
        <translation>Nur Ereignisse dieses Mitarbeiters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this action (e.g. client.2fa.disable).</source>
        <translation>Nur diese Aktion (z. B. client.2fa.disable).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From this UTC day (YYYY-MM-DD) or ISO date-time, inclusive.</source>
        <translation>Ab diesem UTC-Tag (YYYY-MM-DD) oder ISO-Zeitpunkt, einschließlich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up to this UTC day (inclusive) or ISO date-time (exclusive).</source>
        <translation>Bis zu diesem UTC-Tag (einschließlich) oder ISO-Zeitpunkt (ausschließlich).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most N events (list).</source>
        <translation>Höchstens N Ereignisse (list).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export to this CSV file (&apos;-&apos; for standard output).</source>
        <translation>In diese CSV-Datei exportieren (&apos;-&apos; für die Standardausgabe).</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>unexpected argument %1</source>
        <translation>unerwartetes Argument %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown audit action &apos;%1&apos; (list, verify or export)</source>
        <translation>unbekannte audit-Aktion &apos;%1&apos; (list, verify oder export)</translation>
    </message>
</context>
<context>
    <name>AuditExport</name>
    <message>
        <location line="-36"/>
        <location line="+7"/>
        <source>cannot write --csv %1: %2</source>
        <translation>--csv %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported %1 events to %2</source>
        <translation>%1 Ereignisse nach %2 exportiert</translation>
    </message>
</context>
<context>
    <name>AuditList</name>
    <message>
        <location line="-65"/>
        <source>client %1</source>
        <translation>Kunde %1</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <location filename="../ui/audit/AuditText.cpp" line="+32"/>
        <location line="+6"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key SID</source>
        <translation>API-Key-SID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API address</source>
        <translation>API-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status page</source>
        <translation>Statusseite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports address</source>
        <translation>Adresse der Berichte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lookup address</source>
        <translation>Adresse für Lookup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low-balance threshold</source>
        <translation>Schwelle für niedriges Guthaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeout (ms)</source>
        <translation>Zeitlimit (ms)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Changed while this window was open.</source>
        <translation>Geändert, während dieses Fenster offen war.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed while this window was open: %1 by %2 at %3.</source>
        <translation>Geändert, während dieses Fenster offen war: %1 durch %2 am %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Two-factor authentication disabled</source>
        <translation>Zwei-Faktor-Authentifizierung deaktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authenticator code checked</source>
        <translation>Authenticator-Code geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client diagnosed</source>
        <translation>Kunde diagnostiziert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients imported</source>
        <translation>Kunden importiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo clients created</source>
        <translation>Demo-Kunden angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission refused</source>
        <translation>Berechtigung verweigert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS provider added</source>
        <translation>SMS-Anbieter angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS provider changed</source>
        <translation>SMS-Anbieter geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS provider removed</source>
        <translation>SMS-Anbieter entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS provider enabled</source>
        <translation>SMS-Anbieter aktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS provider disabled</source>
        <translation>SMS-Anbieter deaktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS provider credential changed</source>
        <translation>Zugangsdaten des SMS-Anbieters geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test SMS sent</source>
        <translation>Test-SMS gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail settings changed</source>
        <translation>E-Mail-Einstellungen geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail password changed</source>
        <translation>E-Mail-Passwort geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone number looked up</source>
        <translation>Telefonnummer abgefragt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator locked out</source>
        <translation>Mitarbeiter gesperrt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator created</source>
        <translation>Mitarbeiter angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator disabled</source>
        <translation>Mitarbeiter deaktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator enabled</source>
        <translation>Mitarbeiter aktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator role changed</source>
        <translation>Rolle des Mitarbeiters geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator password reset</source>
        <translation>Passwort des Mitarbeiters zurückgesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle lock changed</source>
        <translation>Sperre bei Inaktivität geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log anchored</source>
        <translation>Audit-Log verankert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys exported</source>
        <translation>Schlüssel exportiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys imported</source>
        <translation>Schlüssel importiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database copied</source>
        <translation>Datenbank kopiert</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 removed</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+6"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1 added</source>
        <translation>%1 angelegt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 →</source>
        <translation>%1 →</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Before: %1</source>
        <translation>Vorher: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After: %1</source>
        <translation>Nachher: %1</translation>
    </message>
</context>
<context>
    <name>AuditVerification</name>
    <message numerus="yes">
        <location filename="../core/audit/AuditVerificationText.cpp" line="+30"/>
        <source>The audit log is intact: %n event(s) checked.</source>
        <translation>
            <numerusform>Das Audit-Log ist intakt: %n Ereignis geprüft.</numerusform>
            <numerusform>Das Audit-Log ist intakt: %n Ereignisse geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event %1 does not match its hash: it was edited, or written without the audit key.</source>
        <translation>Ereignis %1 passt nicht zu seinem Hash: Es wurde bearbeitet oder ohne den Audit-Schlüssel geschrieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event %1 does not follow the event before it: an event was deleted or inserted there.</source>
        <translation>Ereignis %1 schließt nicht an das vorige Ereignis an: Dort wurde ein Ereignis gelöscht oder eingefügt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audit log is empty but its head says it ends at event %1: events were removed.</source>
        <translation>Das Audit-Log ist leer, aber sein Kopfeintrag nennt Ereignis %1 als letztes: Ereignisse wurden entfernt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The log ends at event %1 but its head says %2: events were removed.</source>
        <translation>Das Log endet bei Ereignis %1, sein Kopfeintrag nennt aber %2: Ereignisse wurden entfernt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The log goes on to event %1 but its head says %2: events were added without the audit key.</source>
        <translation>Das Log reicht bis Ereignis %1, sein Kopfeintrag nennt aber %2: Ereignisse wurden ohne den Audit-Schlüssel hinzugefügt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Event %1 is not the event the log&apos;s head names: it was replaced.</source>
        <translation>Ereignis %1 ist nicht das Ereignis, das der Kopfeintrag des Logs nennt: Es wurde ersetzt.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The log has %n event(s) but its head counts %1: events were removed.</source>
        <translation>
            <numerusform>Das Log enthält %n Ereignis, sein Kopfeintrag zählt aber %1: Ereignisse wurden entfernt.</numerusform>
            <numerusform>Das Log enthält %n Ereignisse, sein Kopfeintrag zählt aber %1: Ereignisse wurden entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The log has %n event(s) but its head counts %1: events were inserted.</source>
        <translation>
            <numerusform>Das Log enthält %n Ereignis, sein Kopfeintrag zählt aber %1: Ereignisse wurden eingefügt.</numerusform>
            <numerusform>Das Log enthält %n Ereignisse, sein Kopfeintrag zählt aber %1: Ereignisse wurden eingefügt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The audit log is empty and has no head, although operator accounts exist: it was emptied.</source>
        <translation>Das Audit-Log ist leer und hat keinen Kopfeintrag, obwohl Mitarbeiterkonten existieren: Es wurde geleert.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The log has %n event(s) but no head: its head was removed, and events after event %1 may be missing.</source>
        <translation>
            <numerusform>Das Log enthält %n Ereignis, aber keinen Kopfeintrag: Der Kopfeintrag wurde entfernt, und Ereignisse nach Ereignis %1 fehlen möglicherweise.</numerusform>
            <numerusform>Das Log enthält %n Ereignisse, aber keinen Kopfeintrag: Der Kopfeintrag wurde entfernt, und Ereignisse nach Ereignis %1 fehlen möglicherweise.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The log&apos;s head does not match its MAC: it was rewritten without the audit key.</source>
        <translation>Der Kopfeintrag des Logs passt nicht zu seinem MAC: Er wurde ohne den Audit-Schlüssel neu geschrieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The log&apos;s head was missing or forged when event %1 was written: events before it may have been removed.</source>
        <translation>Der Kopfeintrag des Logs fehlte oder war gefälscht, als Ereignis %1 geschrieben wurde: Frühere Ereignisse wurden möglicherweise entfernt.</translation>
    </message>
</context>
<context>
    <name>CheckResultText</name>
    <message>
        <location filename="../core/sms/CheckResultText.cpp" line="+16"/>
        <source>Your role does not allow this.</source>
        <translation>Ihre Rolle erlaubt das nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system keychain is unavailable (%1). Unlock it or start it, then try again.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1). Entsperren oder starten Sie ihn und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recipient is not a phone number that can get SMS. Write it with the country code, e.g. +44 7911 123456.</source>
        <translation>Der Empfänger ist keine Telefonnummer, die SMS empfangen kann. Geben Sie sie mit Ländervorwahl ein, z. B. +49 151 23456789.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The message is too long: at most 1,600 characters.</source>
        <translation>Die Nachricht ist zu lang: höchstens 1.600 Zeichen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the field &quot;%1&quot;: %2</source>
        <translation>Prüfen Sie das Feld „%1“: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It does not exist any more (%1).</source>
        <translation>Es existiert nicht mehr (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database&apos;s key is not in the keychain (%1).</source>
        <translation>Der Schlüssel dieser Datenbank ist nicht im Schlüsselbund (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A stored secret cannot be decrypted (wrong key or damaged data).</source>
        <translation>Ein gespeichertes Secret kann nicht entschlüsselt werden (falscher Schlüssel oder beschädigte Daten).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another program is writing to the database.</source>
        <translation>Ein anderes Programm schreibt gerade in die Datenbank.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It failed.</source>
        <translation>Das ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>It failed: %1</source>
        <translation>Das ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 What to do: %2</source>
        <translation>%1 Was tun: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The credentials are right, but the account is %1: SMS cannot be sent.</source>
        <translation>Die Zugangsdaten stimmen, aber das Konto ist %1: Es können keine SMS gesendet werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The credentials are right.</source>
        <translation>Die Zugangsdaten stimmen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance %1: no money left, SMS cannot be sent. Top up the account.</source>
        <translation>Guthaben %1: Kein Geld mehr übrig, es können keine SMS gesendet werden. Laden Sie das Konto auf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance %1 is below the threshold of %2. Top up soon.</source>
        <translation>Das Guthaben von %1 liegt unter der Schwelle von %2. Laden Sie bald auf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance %1.</source>
        <translation>Guthaben %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The provider reports no incident (%1).</source>
        <translation>Der Anbieter meldet keine Störung (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider reports maintenance: %1</source>
        <translation>Der Anbieter meldet Wartungsarbeiten: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider reports a minor incident: %1</source>
        <translation>Der Anbieter meldet eine kleinere Störung: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider reports a major incident: %1. SMS may not arrive.</source>
        <translation>Der Anbieter meldet eine schwere Störung: %1. SMS kommen möglicherweise nicht an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The provider accepted the test SMS. Message ID: %1</source>
        <translation>Der Anbieter hat die Test-SMS angenommen. Nachrichten-ID: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The message is still waiting to be sent.</source>
        <translation>Die Nachricht wartet noch auf den Versand.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The message was handed to the carrier; no delivery receipt yet (a long wait here means the carrier is delaying it).</source>
        <translation>Die Nachricht wurde an den Netzbetreiber übergeben; noch keine Zustellbestätigung (dauert das lange, verzögert der Netzbetreiber sie).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The message was delivered to the phone.</source>
        <translation>Die Nachricht wurde auf das Telefon zugestellt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The message was not delivered.</source>
        <translation>Die Nachricht wurde nicht zugestellt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The message could not be sent.</source>
        <translation>Die Nachricht konnte nicht gesendet werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The provider does not know whether the message was delivered: the carrier sent no final receipt.</source>
        <translation>Der Anbieter weiß nicht, ob die Nachricht zugestellt wurde: Der Netzbetreiber hat keine endgültige Empfangsbestätigung gesendet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error %1: %2</source>
        <translation>Fehler %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error %1: %2 What to do: %3</source>
        <translation>Fehler %1: %2 Was tun: %3</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <location filename="../app/cli/CliApplication.cpp" line="+29"/>
        <source>search, show, import clients; verify the caller, disable a client&apos;s 2FA</source>
        <translation>Kunden suchen, anzeigen, importieren; den Anrufer prüfen, die 2FA eines Kunden deaktivieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>create realistic demo clients</source>
        <translation>realistische Demo-Kunden anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list the audit log</source>
        <translation>das Audit-Log auflisten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print a TOTP code; check a code a client reads out</source>
        <translation>einen TOTP-Code ausgeben; einen vom Kunden vorgelesenen Code prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export or import the data key (stdin/stdout)</source>
        <translation>den Datenschlüssel exportieren oder importieren (stdin/stdout)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>manage SMS providers; check credentials, balance, status; send a test SMS</source>
        <translation>SMS-Anbieter verwalten; Zugangsdaten, Guthaben, Status prüfen; eine Test-SMS senden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add, list, disable operators; set roles, reset passwords</source>
        <translation>Mitarbeiter hinzufügen, auflisten, deaktivieren; Rollen setzen, Passwörter zurücksetzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SMS history of a client; clients whose last SMS failed, by cause</source>
        <translation>SMS-Verlauf eines Kunden; Kunden, deren letzte SMS fehlgeschlagen ist, nach Ursache</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>why a client gets no 2FA codes: every possible reason checked</source>
        <translation>warum ein Kunde keine 2FA-Codes erhält: jede mögliche Ursache wird geprüft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the SMTP server for identity codes and client notices</source>
        <translation>der SMTP-Server für Identitätscodes und Kundenbenachrichtigungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>copy a database into a new one (a desk&apos;s file to the team server)</source>
        <translation>eine Datenbank in eine neue kopieren (die Datei eines Arbeitsplatzes auf den Team-Server)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage: backoffice-cli [--db PATH|postgresql://user@host:port/db] [--json] [--operator NAME] [--wait SECONDS] [--verbose] COMMAND [ARGS...]</source>
        <translation>Aufruf: backoffice-cli [--db PATH|postgresql://user@host:port/db] [--json] [--operator NAME] [--wait SECONDS] [--verbose] COMMAND [ARGS...]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run &apos;backoffice-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Die Optionen eines Befehls zeigt &apos;backoffice-cli COMMAND --help&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit status: 0 ok, 1 not found or the check found a problem, 2 usage or input error.</source>
        <translation>Exit-Status: 0 in Ordnung, 1 nicht gefunden oder die Prüfung hat ein Problem gefunden, 2 Aufruf- oder Eingabefehler.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>--wait needs a number of seconds</source>
        <translation>--wait braucht eine Anzahl Sekunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 needs a value</source>
        <translation>%1 braucht einen Wert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown option %1 (see --help)</source>
        <translation>unbekannte Option %1 (siehe --help)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>waiting for the database: another program is writing to it (waiting up to %1 s, see --wait)</source>
        <translation>Warte auf die Datenbank: Ein anderes Programm schreibt gerade hinein (Wartezeit bis zu %1 s, siehe --wait)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown command &apos;%1&apos; (see --help)</source>
        <translation>unbekannter Befehl &apos;%1&apos; (siehe --help)</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="+46"/>
        <source>cannot use the database %1: %2</source>
        <translation>die Datenbank %1 kann nicht verwendet werden: %2</translation>
    </message>
</context>
<context>
    <name>CliErrorText</name>
    <message>
        <location filename="../app/cli/CliErrorText.cpp" line="+20"/>
        <source>look at clients</source>
        <translation>Kunden ansehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>look at SMS providers</source>
        <translation>SMS-Anbieter ansehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read the audit log</source>
        <translation>das Audit-Log lesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check a client&apos;s code</source>
        <translation>den Code eines Kunden prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>diagnose a client</source>
        <translation>einen Kunden diagnostizieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>send a test SMS</source>
        <translation>eine Test-SMS senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disable a client&apos;s 2FA</source>
        <translation>die 2FA eines Kunden deaktivieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>manage SMS providers</source>
        <translation>SMS-Anbieter verwalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>manage operators</source>
        <translation>Mitarbeiter verwalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import clients</source>
        <translation>Kunden importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export or import keys</source>
        <translation>Schlüssel exportieren oder importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>copy the whole database</source>
        <translation>die ganze Datenbank kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>do this (%1)</source>
        <translation>dies tun (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>client %1 not found</source>
        <translation>Kunde %1 nicht gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no operator named %1</source>
        <translation>kein Mitarbeiter mit dem Namen %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>provider %1 not found</source>
        <translation>Anbieter %1 nicht gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>message %1 not found</source>
        <translation>Nachricht %1 nicht gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 not found</source>
        <translation>%1 nicht gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 not found</source>
        <translation>%1 %2 nicht gefunden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>an SMS cannot prove who is calling when SMS confirmation is what is removed: send the code by e-mail (--via email)</source>
        <translation>eine SMS beweist nicht, wer anruft, wenn die SMS-Bestätigung entfernt werden soll: Senden Sie den Code per E-Mail (--via email)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the carrier reports a recent SIM swap on the client&apos;s number: the caller may not be the client; no code goes out, ask a colleague to approve (clients request-disable)</source>
        <translation>der Mobilfunkanbieter meldet einen kürzlichen SIM-Tausch für die Nummer des Kunden: Der Anrufer ist womöglich nicht der Kunde; es geht kein Code hinaus, bitten Sie einen Kollegen um Freigabe (clients request-disable)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the client has no %1 on file</source>
        <translation>für den Kunden ist keine %1 hinterlegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no SMS provider is enabled with a saved secret</source>
        <translation>kein SMS-Anbieter ist mit gespeichertem Geheimnis aktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail is not set up (backoffice-cli email set)</source>
        <translation>E-Mail ist nicht eingerichtet (backoffice-cli email set)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the client does not have this 2FA option on (now: %1)</source>
        <translation>der Kunde hat diese 2FA-Methode nicht (mehr) eingeschaltet (jetzt: %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>three codes were sent to this client in the last 10 minutes; the next one can go out at %1</source>
        <translation>in den letzten 10 Minuten gingen drei Codes an diesen Kunden; der nächste kann um %1 gesendet werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the code did not go out (%1); no code is open</source>
        <translation>der Code ging nicht hinaus (%1); kein Code ist offen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the caller&apos;s identity is not verified: send a code (clients verify-identity) and give the code the client reads back (--verification-code), or ask a colleague to approve (clients request-disable)</source>
        <translation>die Identität des Anrufers ist nicht geprüft: Senden Sie einen Code (clients verify-identity) und geben Sie den Code an, den der Kunde vorliest (--verification-code), oder bitten Sie einen Kollegen um Freigabe (clients request-disable)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the verified code was for another client or another 2FA option</source>
        <translation>der geprüfte Code galt einem anderen Kunden oder einer anderen 2FA-Methode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this code was already used for a disable; send a new one</source>
        <translation>dieser Code wurde schon für eine Deaktivierung verwendet; senden Sie einen neuen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the code expired at %1; send a new one</source>
        <translation>der Code ist um %1 abgelaufen; senden Sie einen neuen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a disable request for this client is already waiting for approval (request %1)</source>
        <translation>für diesen Kunden wartet schon ein Deaktivierungsantrag auf Freigabe (Antrag %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>you filed this request; a second operator must approve it</source>
        <translation>Sie haben diesen Antrag gestellt; ein zweiter Mitarbeiter muss ihn freigeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the request was already decided (%1)</source>
        <translation>über den Antrag wurde schon entschieden (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the request expired at %1 without approval; file a new one</source>
        <translation>der Antrag ist um %1 ohne Freigabe abgelaufen; stellen Sie einen neuen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the client changed since the request was filed; look at it again and file a new one</source>
        <translation>der Kunde hat sich seit dem Antrag geändert; sehen Sie ihn sich erneut an und stellen Sie einen neuen Antrag</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>client %1 changed meanwhile; look at it again</source>
        <translation>Kunde %1 wurde inzwischen geändert; sehen Sie ihn sich erneut an</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give a meaningful reason: a ticket reference (like SUP-1234) or at least %1 characters</source>
        <translation>geben Sie einen aussagekräftigen Grund an: eine Ticketnummer (wie SUP-1234) oder mindestens %1 Zeichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the reason is longer than %1 characters</source>
        <translation>der Grund ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the code is six digits</source>
        <translation>der Code hat sechs Ziffern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database server refused the password (PGPASSWORD or ~/.pgpass)</source>
        <translation>der Datenbankserver hat das Passwort abgelehnt (PGPASSWORD oder ~/.pgpass)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid %1</source>
        <translation>ungültig: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>2FA already disabled by %1 at %2; nothing was changed</source>
        <translation>2FA bereits von %1 am %2 deaktiviert; nichts wurde geändert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the record was changed by someone else; reload and try again</source>
        <translation>der Datensatz wurde von jemand anderem geändert; laden Sie ihn neu und versuchen Sie es erneut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>your role (%1) may not %2</source>
        <translation>Ihre Rolle (%1) darf nicht: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>operator %1 (role %2) may not %3</source>
        <translation>Mitarbeiter %1 (Rolle %2) darf nicht: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>database error</source>
        <translation>Datenbankfehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database was created by a newer version of Back Office</source>
        <translation>die Datenbank wurde von einer neueren Version von Back Office angelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the system keychain is unavailable</source>
        <translation>der Schlüsselbund des Systems ist nicht verfügbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the audit key is missing from the keychain</source>
        <translation>der Audit-Schlüssel fehlt im Schlüsselbund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the data key is missing from the keychain</source>
        <translation>der Datenschlüssel fehlt im Schlüsselbund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a stored secret could not be decrypted (wrong key or tampered data)</source>
        <translation>ein gespeichertes Secret konnte nicht entschlüsselt werden (falscher Schlüssel oder manipulierte Daten)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the database server cannot be reached</source>
        <translation>der Datenbankserver ist nicht erreichbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database server&apos;s certificate is not trusted (check sslrootcert)</source>
        <translation>dem Zertifikat des Datenbankservers wird nicht vertraut (prüfen Sie sslrootcert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database server does not offer an encrypted connection</source>
        <translation>der Datenbankserver bietet keine verschlüsselte Verbindung an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the remote service refused the request</source>
        <translation>der entfernte Dienst hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too many attempts</source>
        <translation>zu viele Versuche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>account locked</source>
        <translation>Konto gesperrt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database is busy</source>
        <translation>die Datenbank ist belegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>internal error</source>
        <translation>interner Fehler</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>operator %1: as many sign-ins as the lockout allows are being checked right now; try again in a minute</source>
        <translation>Mitarbeiter %1: Gerade werden so viele Anmeldungen geprüft, wie die Sperre zulässt; versuchen Sie es in einer Minute erneut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>operator %1 is disabled</source>
        <translation>Mitarbeiter %1 ist deaktiviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>operator %1 is locked after too many failed sign-ins until %2</source>
        <translation>Mitarbeiter %1 ist nach zu vielen fehlgeschlagenen Anmeldungen bis %2 gesperrt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sign-in failed for operator %1: wrong user name or password</source>
        <translation>Anmeldung für Mitarbeiter %1 fehlgeschlagen: falscher Benutzername oder falsches Passwort</translation>
    </message>
</context>
<context>
    <name>ClientsCommand</name>
    <message>
        <location filename="../app/cli/ClientsCommands.cpp" line="+34"/>
        <source>Usage: backoffice-cli clients COMMAND</source>
        <translation>Aufruf: backoffice-cli clients COMMAND</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>client ID</source>
        <translation>Kunden-ID</translation>
    </message>
    <message>
        <location line="+343"/>
        <source>unknown clients command &apos;%1&apos; (search, show, verify-identity, disable-2fa, request-disable, approvals, approve-disable, reject-disable, lookup-phone, reason-rule, import)</source>
        <translation>unbekannter clients-Befehl &apos;%1&apos; (search, show, verify-identity, disable-2fa, request-disable, approvals, approve-disable, reject-disable, lookup-phone, reason-rule, import)</translation>
    </message>
</context>
<context>
    <name>ClientsDisableTwoFactor</name>
    <message>
        <location line="-192"/>
        <source>the client&apos;s ID</source>
        <translation>die ID des Kunden</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Turn a client&apos;s 2FA off, only at the client&apos;s explicit request and once the caller proved to be the client: first &apos;clients verify-identity ID --via sms|email&apos;, then this command with the code the client reads back. Without a code, file a four-eyes request instead (clients request-disable). The authenticator&apos;s secret is erased; the client turns 2FA on again in the client UI, and is told on every channel on file.</source>
        <translation>Die 2FA eines Kunden ausschalten, nur auf ausdrücklichen Wunsch des Kunden und nachdem der Anrufer sich als der Kunde ausgewiesen hat: zuerst &apos;clients verify-identity ID --via sms|email&apos;, dann dieser Befehl mit dem Code, den der Kunde vorliest. Ohne Code stellen Sie stattdessen einen Antrag nach dem Vier-Augen-Prinzip (clients request-disable). Das Geheimnis des Authenticators wird gelöscht; der Kunde schaltet die 2FA in der Kundenoberfläche wieder ein und wird auf jedem hinterlegten Kanal benachrichtigt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ticket reference (like SUP-1234) or a reason of 10 characters or more</source>
        <translation>Ticketnummer (wie SUP-1234) oder ein Grund mit mindestens 10 Zeichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confirms the client explicitly asked for this (required)</source>
        <translation>bestätigt, dass der Kunde ausdrücklich darum gebeten hat (erforderlich)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the six-digit code the client read back (from verify-identity)</source>
        <translation>der sechsstellige Code, den der Kunde vorgelesen hat (von verify-identity)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--client-requested is required: disable 2FA only at the client&apos;s explicit request</source>
        <translation>--client-requested ist erforderlich: Deaktivieren Sie die 2FA nur auf ausdrücklichen Wunsch des Kunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--reason is required: give a reason or ticket reference</source>
        <translation>--reason ist erforderlich: Geben Sie einen Grund oder eine Ticketnummer an</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>client %1 has no 2FA option on; nothing to disable</source>
        <translation>bei Kunde %1 ist keine 2FA-Methode eingeschaltet; nichts zu deaktivieren</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>2FA (%1) disabled for client %2; recorded in the audit log.</source>
        <translation>2FA (%1) für Kunde %2 deaktiviert; im Audit-Log vermerkt.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>wrong code; %n attempt(s) left</source>
        <translation>
            <numerusform>falscher Code; noch %n Versuch</numerusform>
            <numerusform>falscher Code; noch %n Versuche</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>wrong code three times: this code is locked; send a new one (verify-identity)</source>
        <translation>dreimal falscher Code: Dieser Code ist gesperrt; senden Sie einen neuen (verify-identity)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the code&apos;s 10 minutes are over; send a new one (verify-identity)</source>
        <translation>die 10 Minuten des Codes sind vorbei; senden Sie einen neuen (verify-identity)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no code is open for client %1: send one first with &apos;clients verify-identity %1 --via sms|email&apos;</source>
        <translation>für Kunde %1 ist kein Code offen: Senden Sie zuerst einen mit &apos;clients verify-identity %1 --via sms|email&apos;</translation>
    </message>
</context>
<context>
    <name>ClientsImport</name>
    <message>
        <location line="+16"/>
        <source>Import clients from a CSV file (RFC 4180, UTF-8) with the header
%1
Every row is checked; if any is invalid nothing is imported and every problem is listed.</source>
        <translation>Importiert Kunden aus einer CSV-Datei (RFC 4180, UTF-8) mit der Kopfzeile
%1
Jede Zeile wird geprüft; ist eine ungültig, wird nichts importiert und jedes Problem aufgelistet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the CSV file</source>
        <translation>die CSV-Datei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>import takes one FILE.csv</source>
        <translation>import erwartet eine FILE.csv</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>... and %1 more phone numbers the numbering plan does not know</source>
        <translation>... und %1 weitere Telefonnummern, die der Nummerierungsplan nicht kennt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>... and %1 more problems</source>
        <translation>... und %1 weitere Probleme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 problem(s) found; nothing was imported.</source>
        <translation>%1 Problem(e) gefunden; es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Imported %1 clients from %2.</source>
        <translation>%1 Kunden aus %2 importiert.</translation>
    </message>
</context>
<context>
    <name>ClientsSearch</name>
    <message>
        <location line="-306"/>
        <source>Find clients by ID, name, e-mail or phone (a part is enough).</source>
        <translation>Sucht Kunden nach ID, Name, E-Mail oder Telefon (ein Teil genügt).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what to search for</source>
        <translation>wonach gesucht wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only clients with this 2FA method: none, authenticator or sms</source>
        <translation>nur Kunden mit dieser 2FA-Methode: none, authenticator oder sms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most this many results (default 20)</source>
        <translation>höchstens so viele Ergebnisse (Standard 20)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>search takes one TEXT (quote it if it has spaces)</source>
        <translation>search erwartet einen TEXT (in Anführungszeichen, wenn er Leerzeichen enthält)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>invalid --method &apos;%1&apos;: expected none, authenticator or sms</source>
        <translation>ungültiges --method &apos;%1&apos;: erwartet wird none, authenticator oder sms</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invalid --limit &apos;%1&apos;: expected 1 to 100000</source>
        <translation>ungültiges --limit &apos;%1&apos;: erwartet wird 1 bis 100000</translation>
    </message>
</context>
<context>
    <name>ClientsShow</name>
    <message>
        <location line="+35"/>
        <source>Show one client and its 2FA state.</source>
        <translation>Zeigt einen Kunden und den Stand seiner 2FA.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the client&apos;s ID</source>
        <translation>die ID des Kunden</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a valid number for %1 according to the numbering plan</source>
        <translation>laut Nummerierungsplan keine gültige Nummer für %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <location line="+10"/>
        <source>2FA</source>
        <translation>2FA</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>none (only the client can turn it on, in the Security section of the client UI)</source>
        <translation>keine (nur der Kunde kann sie einschalten, im Bereich Sicherheit der Kundenoberfläche)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google Authenticator, on since %1</source>
        <translation>Google Authenticator, eingeschaltet seit %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2 digits, %3 s</source>
        <translation>%1, %2 Ziffern, %3 s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SMS confirmation to %1, on since %2</source>
        <translation>SMS-Bestätigung an %1, eingeschaltet seit %2</translation>
    </message>
</context>
<context>
    <name>DbCopy</name>
    <message>
        <location filename="../app/cli/DbCommands.cpp" line="+28"/>
        <source>Copy a whole Back Office database into a new, empty one: clients, providers (their secrets stay in the keychain), the message log, operators and the audit log, in one transaction. The audit chain is verified before and after; the copy keeps the database&apos;s id, so this desk&apos;s keys fit it. Only an administrator of the source (--operator NAME) copies; the copy records who made it, from where.</source>
        <translation>Eine ganze Back-Office-Datenbank in eine neue, leere kopieren: Kunden, Anbieter (ihre Geheimnisse bleiben im Schlüsselbund), das Nachrichtenprotokoll, Mitarbeiter und das Audit-Protokoll, in einer Transaktion. Die Audit-Kette wird vorher und nachher geprüft; die Kopie behält die ID der Datenbank, damit die Schlüssel dieses Arbeitsplatzes passen. Nur ein Administrator der Quelle (--operator NAME) kopiert; die Kopie hält fest, wer sie woraus gemacht hat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the action</source>
        <translation>die Aktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database to copy (a SQLite file or postgresql://...)</source>
        <translation>die zu kopierende Datenbank (eine SQLite-Datei oder postgresql://...)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the empty database to copy into (a new file or postgresql://...)</source>
        <translation>die leere Zieldatenbank (eine neue Datei oder postgresql://...)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>usage: backoffice-cli db copy --from PATH|URL --to PATH|URL</source>
        <translation>Aufruf: backoffice-cli db copy --from PFAD|URL --to PFAD|URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--%1 is required</source>
        <translation>--%1 ist erforderlich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--%1: %2</source>
        <translation>--%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--from and --to are the same database</source>
        <translation>--from und --to sind dieselbe Datenbank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>db copy takes --from and --to, not --db</source>
        <translation>db copy nimmt --from und --to, nicht --db</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cannot use the database %1: %2</source>
        <translation>die Datenbank %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>before the copy, %1</source>
        <translation>vor dem Kopieren, %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the source&apos;s audit log is not intact; nothing was copied</source>
        <translation>das Audit-Log der Quelle ist nicht intakt; nichts wurde kopiert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 of %3 rows</source>
        <translation>%1: %2 von %3 Zeilen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not empty (table %2 has rows); nothing was copied</source>
        <translation>%1 ist nicht leer (Tabelle %2 enthält Zeilen); nichts wurde kopiert</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 was copied, but the copy could not be recorded in its audit log</source>
        <translation>%1 wurde kopiert, aber die Kopie konnte nicht in ihrem Audit-Protokoll festgehalten werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after the copy, %1</source>
        <translation>nach dem Kopieren, %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the copy&apos;s audit log is not intact</source>
        <translation>das Audit-Log der Kopie ist nicht intakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied %1 to %2.</source>
        <translation>%1 nach %2 kopiert.</translation>
    </message>
</context>
<context>
    <name>DeliveryErrorCodes</name>
    <message>
        <location filename="../core/sms/DeliveryErrorCodes.cpp" line="+20"/>
        <source>The phone number is not valid.</source>
        <translation>Die Telefonnummer ist ungültig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+92"/>
        <source>Check the client&apos;s number (E.164: + country code and number).</source>
        <translation>Prüfen Sie die Nummer des Kunden (E.164: + Ländervorwahl und Rufnummer).</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Sending to this country is not enabled on the account.</source>
        <translation>Der Versand in dieses Land ist für das Konto nicht freigeschaltet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the provider administrator to enable the country (geo permissions).</source>
        <translation>Bitten Sie den Administrator des Anbieterkontos, das Land freizuschalten (Geo-Berechtigungen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A trial account can only send to verified numbers.</source>
        <translation>Ein Testkonto kann nur an verifizierte Nummern senden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upgrade the account or verify the number in the provider console.</source>
        <translation>Stufen Sie das Konto hoch oder verifizieren Sie die Nummer in der Konsole des Anbieters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient unsubscribed (replied STOP).</source>
        <translation>Der Empfänger hat sich abgemeldet (mit STOP geantwortet).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the client to text START to the sender number, or use the authenticator.</source>
        <translation>Bitten Sie den Kunden, START an die Absendernummer zu schicken, oder nutzen Sie den Authenticator.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number is not a mobile number and cannot receive SMS.</source>
        <translation>Die Nummer ist keine Mobilfunknummer und kann keine SMS empfangen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Ask the client for a mobile number.</source>
        <translation>Bitten Sie den Kunden um eine Mobilfunknummer.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The handset is unreachable (off, no signal, or roaming without SMS).</source>
        <translation>Das Telefon ist nicht erreichbar (ausgeschaltet, kein Empfang oder Roaming ohne SMS).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Ask the client to turn the phone on, check signal, and try again.</source>
        <translation>Bitten Sie den Kunden, das Telefon einzuschalten, den Empfang zu prüfen und es erneut zu versuchen.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The message was blocked (by the recipient or the carrier).</source>
        <translation>Die Nachricht wurde blockiert (vom Empfänger oder vom Netzbetreiber).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>Ask the client to check SMS blocking on the phone and with the carrier.</source>
        <translation>Bitten Sie den Kunden, SMS-Sperren am Telefon und beim Netzbetreiber zu prüfen.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>The number is unknown to the carrier (may no longer exist).</source>
        <translation>Die Nummer ist dem Netzbetreiber unbekannt (existiert eventuell nicht mehr).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <location line="+23"/>
        <location line="+63"/>
        <source>Confirm the number with the client and update it.</source>
        <translation>Bestätigen Sie die Nummer mit dem Kunden und aktualisieren Sie sie.</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>The number is a landline or its carrier cannot be reached.</source>
        <translation>Die Nummer ist ein Festnetzanschluss oder ihr Netzbetreiber ist nicht erreichbar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>The carrier filtered the message (suspected spam).</source>
        <translation>Der Netzbetreiber hat die Nachricht gefiltert (Spamverdacht).</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+24"/>
        <source>Escalate to the provider administrator (sender registration, content).</source>
        <translation>Eskalieren Sie an den Administrator des Anbieterkontos (Absenderregistrierung, Inhalt).</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+11"/>
        <source>Delivery failed for an unknown reason.</source>
        <translation>Die Zustellung ist aus unbekanntem Grund fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <location line="+9"/>
        <source>Try again later; if it persists, escalate to the provider.</source>
        <translation>Versuchen Sie es später erneut; besteht das Problem weiter, eskalieren Sie an den Anbieter.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>The US sender number is not registered for A2P 10DLC.</source>
        <translation>Die US-Absendernummer ist nicht für A2P 10DLC registriert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalate: the sender must be registered before US delivery works.</source>
        <translation>Eskalieren Sie: Der Absender muss registriert sein, bevor die Zustellung in die USA funktioniert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider account was suspended.</source>
        <translation>Das Konto beim Anbieter wurde gesperrt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalate to the provider administrator (billing).</source>
        <translation>Eskalieren Sie an den Administrator des Anbieterkontos (Abrechnung).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The handset is temporarily unreachable (off or no signal).</source>
        <translation>Das Telefon ist vorübergehend nicht erreichbar (ausgeschaltet oder kein Empfang).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number is permanently unreachable (may no longer exist).</source>
        <translation>Die Nummer ist dauerhaft nicht erreichbar (existiert eventuell nicht mehr).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The recipient blocked messages from this sender.</source>
        <translation>Der Empfänger hat Nachrichten dieses Absenders blockiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The number was ported and the route is wrong.</source>
        <translation>Die Nummer wurde portiert und die Route ist falsch.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The handset was busy or its memory is full.</source>
        <translation>Das Telefon war belegt oder sein Speicher ist voll.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the client to free space for messages and try again.</source>
        <translation>Bitten Sie den Kunden, Speicher für Nachrichten freizugeben und es erneut zu versuchen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A network error prevented delivery.</source>
        <translation>Ein Netzwerkfehler hat die Zustellung verhindert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again later.</source>
        <translation>Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number is blacklisted for this sender: the recipient opted out of its messages.</source>
        <translation>Die Nummer ist für diesen Absender gesperrt: Der Empfänger hat dessen Nachrichten abbestellt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the client to opt back in with their carrier or the sender, or use the authenticator.</source>
        <translation>Bitten Sie den Kunden, den Empfang beim Netzbetreiber oder beim Absender wieder zu erlauben, oder verwenden Sie den Authenticator.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The carrier refused the message itself (for example a wrong encoding).</source>
        <translation>Der Netzbetreiber hat die Nachricht selbst abgelehnt (zum Beispiel wegen einer falschen Codierung).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalate to the provider administrator with the message ID.</source>
        <translation>Eskalieren Sie mit der Nachrichten-ID an den Administrator des Anbieters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no route to this number.</source>
        <translation>Es gibt keine Route zu dieser Nummer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalate to the provider; try another provider if one is enabled.</source>
        <translation>Eskalieren Sie an den Anbieter; versuchen Sie einen anderen Anbieter, falls einer aktiviert ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No route to the number could be found at the carrier.</source>
        <translation>Beim Netzbetreiber wurde keine Route zu der Nummer gefunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The recipient cannot receive this message because of their age.</source>
        <translation>Der Empfänger kann diese Nachricht wegen seines Alters nicht empfangen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the client to have the age restriction lifted with their carrier, or use the authenticator.</source>
        <translation>Bitten Sie den Kunden, die Altersbeschränkung beim Netzbetreiber aufheben zu lassen, oder verwenden Sie den Authenticator.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The carrier blocks SMS to this number.</source>
        <translation>Der Netzbetreiber sperrt SMS an diese Nummer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the client to have their carrier enable SMS on their plan.</source>
        <translation>Bitten Sie den Kunden, SMS in seinem Tarif beim Netzbetreiber freischalten zu lassen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient&apos;s prepaid account has no credit for SMS.</source>
        <translation>Das Prepaid-Konto des Empfängers hat kein Guthaben für SMS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the client to top up, or use the authenticator.</source>
        <translation>Bitten Sie den Kunden aufzuladen, oder nutzen Sie den Authenticator.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A general error on the route to the carrier.</source>
        <translation>Ein allgemeiner Fehler auf dem Weg zum Netzbetreiber.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalate to the provider with the message ID.</source>
        <translation>Eskalieren Sie mit der Nachrichten-ID an den Anbieter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vonage throttled the send: the account&apos;s rate limit was exceeded.</source>
        <translation>Vonage hat den Versand gedrosselt: Das Sendelimit des Kontos wurde überschritten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Wait a minute and send again.</source>
        <translation>Warten Sie eine Minute und senden Sie erneut.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>A required parameter of the send was missing.</source>
        <translation>Ein erforderlicher Parameter des Versands fehlte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Check the provider&apos;s sender and the client&apos;s number.</source>
        <translation>Prüfen Sie den Absender des Anbieters und die Nummer des Kunden.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>A parameter of the send was invalid.</source>
        <translation>Ein Parameter des Versands war ungültig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The API key or secret is wrong, invalid or disabled.</source>
        <translation>Der API-Schlüssel oder das Secret ist falsch, ungültig oder deaktiviert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the key and secret from the Vonage dashboard.</source>
        <translation>Geben Sie Schlüssel und Secret aus dem Vonage-Dashboard ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An internal error at Vonage.</source>
        <translation>Ein interner Fehler bei Vonage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again later; if it persists, contact Vonage support.</source>
        <translation>Versuchen Sie es später erneut; wenn der Fehler bleibt, wenden Sie sich an den Vonage-Support.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vonage could not process the message (for example an unknown number prefix).</source>
        <translation>Vonage konnte die Nachricht nicht verarbeiten (zum Beispiel wegen einer unbekannten Vorwahl).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The number is barred: it is blacklisted and may not receive SMS.</source>
        <translation>Die Nummer ist gesperrt: Sie steht auf der Sperrliste und darf keine SMS empfangen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use another second factor for this client, or escalate to Vonage.</source>
        <translation>Verwenden Sie für diesen Kunden einen anderen zweiten Faktor, oder eskalieren Sie an Vonage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Vonage account is barred: Vonage suspended it.</source>
        <translation>Das Vonage-Konto ist gesperrt: Vonage hat es ausgesetzt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask whoever runs the Vonage account to contact Vonage support; no SMS goes out until then.</source>
        <translation>Bitten Sie die Verantwortlichen für das Vonage-Konto, den Vonage-Support zu kontaktieren; bis dahin wird keine SMS versendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Vonage account has no credit left for this message.</source>
        <translation>Das Vonage-Konto hat kein Guthaben mehr für diese Nachricht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top up the Vonage account and send again.</source>
        <translation>Laden Sie das Vonage-Konto auf und senden Sie erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many simultaneous connections to Vonage for the account.</source>
        <translation>Zu viele gleichzeitige Verbindungen des Kontos zu Vonage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account is not enabled for Vonage&apos;s SMS API over HTTP.</source>
        <translation>Das Konto ist nicht für die SMS-API von Vonage über HTTP freigeschaltet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask Vonage support to enable the SMS API for the account.</source>
        <translation>Bitten Sie den Vonage-Support, die SMS-API für das Konto freizuschalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message is longer than Vonage allows.</source>
        <translation>Die Nachricht ist länger, als Vonage erlaubt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a shorter message.</source>
        <translation>Senden Sie eine kürzere Nachricht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vonage could not verify the request&apos;s signature.</source>
        <translation>Vonage konnte die Signatur der Anfrage nicht prüfen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the account&apos;s signature settings in the Vonage dashboard.</source>
        <translation>Prüfen Sie die Signatureinstellungen des Kontos im Vonage-Dashboard.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sender is not authorised for this destination.</source>
        <translation>Der Absender ist für dieses Ziel nicht zugelassen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a Vonage number or short code as the sender (required in North America).</source>
        <translation>Verwenden Sie eine Vonage-Nummer oder einen Shortcode als Absender (in Nordamerika vorgeschrieben).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The network code does not match the destination.</source>
        <translation>Der Netzcode passt nicht zum Ziel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Escalate to the provider administrator.</source>
        <translation>Eskalieren Sie an den Administrator des Anbieters.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The callback URL was refused.</source>
        <translation>Die Callback-URL wurde abgelehnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Vonage account is in demo mode: it only sends to whitelisted numbers, and this one is not.</source>
        <translation>Das Vonage-Konto ist im Demomodus: Es sendet nur an freigegebene Nummern, und diese gehört nicht dazu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the number to the account&apos;s test numbers in the Vonage dashboard, or top up the account to leave demo mode.</source>
        <translation>Fügen Sie die Nummer im Vonage-Dashboard zu den Testnummern des Kontos hinzu, oder laden Sie das Konto auf, um den Demomodus zu verlassen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A signed request may not carry the API secret too.</source>
        <translation>Eine signierte Anfrage darf nicht zusätzlich das API-Secret enthalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn off request signing for the account in the Vonage dashboard.</source>
        <translation>Schalten Sie die Signierung von Anfragen für das Konto im Vonage-Dashboard aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number is de-activated and may not receive SMS.</source>
        <translation>Die Nummer ist deaktiviert und darf keine SMS empfangen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Error %1 is not in Back Office&apos;s list.</source>
        <translation>Fehler %1 steht nicht in der Liste von Back Office.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look the code up in the provider&apos;s documentation.</source>
        <translation>Schlagen Sie den Code in der Dokumentation des Anbieters nach.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../app/cli/DemoCommands.cpp" line="+29"/>
        <source>Create realistic demo clients: names, e-mails, mobile numbers from several countries and a mix of no 2FA, Google Authenticator (random secrets, sealed with the data key) and SMS.</source>
        <translation>Legt realistische Demo-Kunden an: Namen, E-Mail-Adressen, Mobilnummern aus mehreren Ländern und eine Mischung aus ohne 2FA, Google Authenticator (zufällige Secrets, mit dem Datenschlüssel versiegelt) und SMS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>how many clients to create (required)</source>
        <translation>wie viele Kunden angelegt werden (erforderlich)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seed for reproducible names and numbers (secrets are always random)</source>
        <translation>Seed für reproduzierbare Namen und Nummern (Secrets sind immer zufällig)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--clients N is required</source>
        <translation>--clients N ist erforderlich</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid --clients &apos;%1&apos;: expected 1 to 10000000</source>
        <translation>ungültiges --clients &apos;%1&apos;: erwartet wird 1 bis 10000000</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invalid --seed &apos;%1&apos;: expected a whole number</source>
        <translation>ungültiges --seed &apos;%1&apos;: erwartet wird eine ganze Zahl</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>created %1 of %2 clients (%3%)</source>
        <translation>%1 von %2 Kunden angelegt (%3%)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Created %1 demo clients in %2 s.</source>
        <translation>%1 Demo-Kunden in %2 s angelegt.</translation>
    </message>
</context>
<context>
    <name>Diagnose</name>
    <message>
        <location filename="../app/cli/DiagnoseCommands.cpp" line="+24"/>
        <source>a code the client reads from the authenticator app (never stored)</source>
        <translation>ein Code, den der Kunde aus der Authenticator-App abliest (wird nie gespeichert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>also send a test SMS to the client&apos;s number and follow it</source>
        <translation>zusätzlich eine Test-SMS an die Nummer des Kunden senden und verfolgen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>also ask the carrier about the phone on file: line type, carrier, SIM swap (billed by the provider; reused for 24 hours)</source>
        <translation>auch den Mobilfunkanbieter zur hinterlegten Nummer befragen: Anschlussart, Netz, SIM-Tausch (vom Anbieter berechnet; 24 Stunden wiederverwendet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seconds each check may take (default: the provider&apos;s timeout)</source>
        <translation>Sekunden, die jede Prüfung dauern darf (Standard: das Timeout des Anbieters)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seconds a test SMS is followed (default 60)</source>
        <translation>Sekunden, die eine Test-SMS verfolgt wird (Standard 60)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checks every possible reason why a client gets no 2FA codes and says what to do. Exit status: 0 all ok, 1 something is wrong or could not be checked, 2 bad input.</source>
        <translation>Prüft jede mögliche Ursache, warum ein Kunde keine 2FA-Codes erhält, und sagt, was zu tun ist. Exit-Status: 0 alles in Ordnung, 1 etwas stimmt nicht oder konnte nicht geprüft werden, 2 fehlerhafte Eingabe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the client to diagnose</source>
        <translation>der zu diagnostizierende Kunde</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>diagnose takes exactly one CLIENT_ID</source>
        <translation>diagnose erwartet genau eine CLIENT_ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid CLIENT_ID &apos;%1&apos;: expected a positive number</source>
        <translation>ungültige CLIENT_ID &apos;%1&apos;: erwartet wird eine positive Zahl</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>invalid --%1 &apos;%2&apos;: expected 1 to 600 seconds</source>
        <translation>ungültiges --%1 &apos;%2&apos;: erwartet werden 1 bis 600 Sekunden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no client with ID %1</source>
        <translation>kein Kunde mit der ID %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--test-sms: client %1 does not use SMS confirmation</source>
        <translation>--test-sms: Kunde %1 verwendet keine SMS-Bestätigung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--code: client %1 does not use Google Authenticator</source>
        <translation>--code: Kunde %1 verwendet keinen Google Authenticator</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <location filename="../core/diagnosis/DiagnosisRunner.cpp" line="+34"/>
        <source>No answer within %1 s.</source>
        <translation>Keine Antwort innerhalb von %1 s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the diagnosis again; if it keeps timing out, check the provider&apos;s service status and this computer&apos;s network.</source>
        <translation>Führen Sie die Diagnose erneut aus; überschreitet sie weiterhin das Zeitlimit, prüfen Sie den Dienststatus des Anbieters und das Netzwerk dieses Computers.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The diagnosis ran out of time.</source>
        <translation>Die Diagnose hat ihr Zeitlimit überschritten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled by the operator.</source>
        <translation>Vom Mitarbeiter abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/diagnosis/Finding.cpp" line="+31"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not check</source>
        <translation>Nicht prüfbar</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>2FA diagnosis for client %1 (%2)</source>
        <translation>2FA-Diagnose für Kunde %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2FA method: %1</source>
        <translation>2FA-Methode: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked at: %1</source>
        <translation>Geprüft am: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The diagnosis was cancelled before every check finished.</source>
        <translation>Die Diagnose wurde abgebrochen, bevor alle Prüfungen beendet waren.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What to do: %1</source>
        <translation>Was tun: %1</translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/AuthenticatorSecretCheck.cpp" line="+12"/>
        <source>Authenticator secret stored and readable</source>
        <translation>Geheimer Authenticator-Schlüssel gespeichert und lesbar</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/diagnosis/checks/AuthenticatorCodeCheck.cpp" line="+21"/>
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln Sekunde</numerusform>
            <numerusform>%Ln Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln Minute</numerusform>
            <numerusform>%Ln Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about %1 ahead</source>
        <translation>etwa %1 in der Zukunft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about %1 behind</source>
        <translation>etwa %1 in der Vergangenheit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Code from the client&apos;s app</source>
        <translation>Code aus der App des Kunden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The code typed is not a code of this client&apos;s app (it shows %1 digits).</source>
        <translation>Der eingegebene Code stammt nicht aus der App dieses Kunden (sie zeigt %1 Ziffern).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the client to read out all the digits the app shows now, and run the diagnosis again.</source>
        <translation>Bitten Sie den Kunden, alle Ziffern vorzulesen, die die App gerade anzeigt, und führen Sie die Diagnose erneut aus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Too many code checks for this client in the last 10 minutes; allowed again at %1 UTC.</source>
        <translation>Zu viele Codeprüfungen für diesen Kunden in den letzten 10 Minuten; wieder erlaubt ab %1 UTC.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wait until then; the limit keeps the check from being used to guess codes.</source>
        <translation>Warten Sie bis dahin; die Begrenzung verhindert, dass die Prüfung zum Erraten von Codes missbraucht wird.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The code could not be checked: %1</source>
        <translation>Der Code konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The code matches now: the app holds the right secret and the device clock is right.</source>
        <translation>Der Code passt jetzt: Die App hat den richtigen geheimen Schlüssel und die Uhr des Geräts geht richtig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If sign-in still fails, ask the client to type the code before it changes.</source>
        <translation>Schlägt die Anmeldung weiterhin fehl, bitten Sie den Kunden, den Code einzugeben, bevor er wechselt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The code belongs to a time %1 (%2 steps): the secret is right, the device clock is off.</source>
        <translation>Der Code gehört zu einem Zeitpunkt %1 (Zeitschritte: %2): Der geheime Schlüssel stimmt, die Uhr des Geräts geht falsch.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tell the client to turn on automatic date and time in the phone&apos;s settings. In Google Authenticator on Android: Settings &gt; Time correction for codes &gt; Sync now.</source>
        <translation>Bitten Sie den Kunden, in den Einstellungen des Telefons Datum und Uhrzeit automatisch einstellen zu lassen. In Google Authenticator unter Android: Einstellungen &gt; Zeitkorrektur für Codes &gt; Jetzt synchronisieren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The code matches no time within 24 hours: the app holds another secret or another account, or the device was replaced.</source>
        <translation>Der Code passt zu keinem Zeitpunkt innerhalb von 24 Stunden: Die App hat einen anderen geheimen Schlüssel oder ein anderes Konto, oder das Gerät wurde ersetzt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../core/diagnosis/checks/AuthenticatorSecretCheck.cpp" line="+6"/>
        <source>Only at the client&apos;s explicit request: disable Google Authenticator on the Settings tab (this removes a layer of protection) and ask the client to enable it again in the Security section of the client UI.</source>
        <translation>Nur auf ausdrücklichen Wunsch des Kunden: Deaktivieren Sie Google Authenticator auf dem Reiter „Einstellungen“ (das entfernt eine Schutzebene) und bitten Sie den Kunden, ihn im Bereich „Sicherheit“ des Kundenportals wieder zu aktivieren.</translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/AuthenticatorSecretCheck.cpp" line="+7"/>
        <source>No authenticator secret is stored for this client, so no code can be valid.</source>
        <translation>Für diesen Kunden ist kein geheimer Authenticator-Schlüssel gespeichert, daher kann kein Code gültig sein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The data key is not available (%1), so the secret cannot be read here.</source>
        <translation>Der Datenschlüssel ist nicht verfügbar (%1), daher kann der geheime Schlüssel hier nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unlock the system keychain, or import the data key with &apos;backoffice-cli keys import&apos;, then run the diagnosis again.</source>
        <translation>Entsperren Sie den Schlüsselbund des Systems oder importieren Sie den Datenschlüssel mit &apos;backoffice-cli keys import&apos; und führen Sie die Diagnose dann erneut aus.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The stored secret cannot be decrypted: it was altered or sealed with another key.</source>
        <translation>Der gespeicherte geheime Schlüssel kann nicht entschlüsselt werden: Er wurde verändert oder mit einem anderen Schlüssel versiegelt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A secret is stored (%1, %2 digits, %3 s) and decrypts.</source>
        <translation>Ein geheimer Schlüssel ist gespeichert (%1, %2 Ziffern, %3 s) und lässt sich entschlüsseln.</translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/PhoneNumberCheck.cpp" line="+13"/>
        <source>Phone number can receive SMS</source>
        <translation>Telefonnummer kann SMS empfangen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ask the client to correct the mobile number in the client UI, or to switch to Google Authenticator.</source>
        <translation>Bitten Sie den Kunden, die Mobilfunknummer im Kundenportal zu korrigieren oder zu Google Authenticator zu wechseln.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The client has no phone number on record.</source>
        <translation>Für den Kunden ist keine Telefonnummer hinterlegt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not an international (E.164) number.</source>
        <translation>%1 ist keine internationale Nummer (E.164).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a phone number: no number of its country code has this many digits.</source>
        <translation>%1 ist keine Telefonnummer: Keine Nummer mit dieser Ländervorwahl hat so viele Ziffern.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a valid number for %2 according to the numbering plan (the plan&apos;s data may predate a new range).</source>
        <translation>%1 ist laut Nummerierungsplan keine gültige Nummer für %2 (die Daten des Plans sind eventuell älter als ein neuer Nummernbereich).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send a test SMS to see whether the number receives it; if not, ask the client to check the number in the client UI.</source>
        <translation>Senden Sie eine Test-SMS, um zu sehen, ob die Nummer sie empfängt; falls nicht, bitten Sie den Kunden, die Nummer im Kundenportal zu prüfen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is a valid mobile number (%2).</source>
        <translation>%1 ist eine gültige Mobilfunknummer (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is valid (%2); its range does not tell mobile from landline.</source>
        <translation>%1 ist gültig (%2); ihr Nummernbereich unterscheidet nicht zwischen Mobilfunk und Festnetz.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is a landline number: it cannot receive SMS.</source>
        <translation>%1 ist eine Festnetznummer: Sie kann keine SMS empfangen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a mobile number (VoIP, toll-free or special range); many of these do not receive SMS.</source>
        <translation>%1 ist keine Mobilfunknummer (VoIP, gebührenfrei oder Sondernummer); viele solche Nummern empfangen keine SMS.</translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/TwoFactorEnabledCheck.cpp" line="+13"/>
        <source>A 2FA option is on</source>
        <translation>Eine 2FA-Methode ist aktiv</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Neither Google Authenticator nor SMS confirmation is on for this client, so no codes are sent.</source>
        <translation>Für diesen Kunden ist weder Google Authenticator noch die SMS-Bestätigung aktiv, daher werden keine Codes gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the client to turn on 2FA in the Security section of the client UI. The Back Office cannot turn it on.</source>
        <translation>Bitten Sie den Kunden, 2FA im Bereich „Sicherheit“ des Kundenportals einzuschalten. Back Office kann sie nicht einschalten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Google Authenticator is on since %1.</source>
        <translation>Google Authenticator ist seit %1 aktiv.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SMS confirmation is on since %1.</source>
        <translation>Die SMS-Bestätigung ist seit %1 aktiv.</translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/SmsFailureAdvice.cpp" line="+24"/>
        <source>In System &gt; SMS providers, edit %1 and enter the right account ID and auth token (or API key and secret) from the provider&apos;s console, then check the credentials again.</source>
        <translation>Bearbeiten Sie unter System &gt; SMS-Anbieter %1 und geben Sie die richtige Konto-ID und das Auth-Token (oder API-Key und API-Secret) aus der Konsole des Anbieters ein; prüfen Sie dann die Zugangsdaten erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Top up the %1 account (or ask whoever pays for it), then send a test SMS.</source>
        <translation>Laden Sie das Konto bei %1 auf (oder bitten Sie die zahlende Stelle darum) und senden Sie dann eine Test-SMS.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The provider did not answer. Look at its status page; if the outage goes on, contact the provider&apos;s support. Codes will arrive again once it is back.</source>
        <translation>Der Anbieter hat nicht geantwortet. Sehen Sie auf seiner Statusseite nach; hält der Ausfall an, wenden Sie sich an den Support des Anbieters. Sobald er wieder verfügbar ist, kommen die Codes wieder an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The provider is throttling requests; wait %1 s before trying again.</source>
        <translation>Der Anbieter drosselt Anfragen; warten Sie %1 s, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The provider is throttling requests; wait a minute before trying again.</source>
        <translation>Der Anbieter drosselt Anfragen; warten Sie eine Minute, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The provider refused the request (%1). Check the provider settings, and contact the provider if they are right.</source>
        <translation>Der Anbieter hat die Anfrage abgelehnt (%1). Prüfen Sie die Anbietereinstellungen und wenden Sie sich an den Anbieter, wenn sie stimmen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The answer was not what %1&apos;s API sends: check the API base URL in the provider settings.</source>
        <translation>Die Antwort entsprach nicht dem, was die API von %1 sendet: Prüfen Sie die API-Basis-URL in den Anbietereinstellungen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The provider&apos;s certificate could not be verified: check the API base URL and any proxy between this computer and the provider.</source>
        <translation>Das Zertifikat des Anbieters konnte nicht überprüft werden: Prüfen Sie die API-Basis-URL und einen etwaigen Proxy zwischen diesem Computer und dem Anbieter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In System &gt; SMS providers, edit %1 and enter its auth token / API secret; if the keychain is locked, unlock it.</source>
        <translation>Bearbeiten Sie unter System &gt; SMS-Anbieter %1 und geben Sie das Auth-Token / API-Secret ein; ist der Schlüsselbund gesperrt, entsperren Sie ihn.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The request reached %1 but its answer did not arrive whole: the SMS may have been sent. Look in the %1 console&apos;s message logs before sending again, so the client does not get it twice.</source>
        <translation>Die Anfrage hat %1 erreicht, aber die Antwort kam nicht vollständig an: Die SMS wurde möglicherweise gesendet. Sehen Sie in den Nachrichtenprotokollen der Konsole von %1 nach, bevor Sie erneut senden, damit der Kunde sie nicht doppelt erhält.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Look up the message ID %1 in the %2 console, or contact the provider with it, to learn what became of it.</source>
        <translation>Suchen Sie die Nachrichten-ID %1 in der Konsole von %2 oder wenden Sie sich damit an den Anbieter, um zu erfahren, was aus der Nachricht wurde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no message ID: in the %1 console&apos;s message logs, look for an SMS to %2 sent around %3 to learn whether it went out and what became of it.</source>
        <translation>Es gibt keine Nachrichten-ID: Suchen Sie in den Nachrichtenprotokollen der Konsole von %1 nach einer SMS an %2, gesendet gegen %3, um zu erfahren, ob sie verschickt wurde und was aus ihr wurde.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Top up the %1 account before it runs out; SMS stop when the balance is used up.</source>
        <translation>Laden Sie das Konto bei %1 auf, bevor es leer ist; ist das Guthaben aufgebraucht, werden keine SMS mehr gesendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The provider reports an incident: codes may be late or lost until it is resolved. Follow its status page; if the client cannot wait, suggest Google Authenticator.</source>
        <translation>Der Anbieter meldet eine Störung: Bis sie behoben ist, kommen Codes möglicherweise verspätet oder gar nicht an. Verfolgen Sie seine Statusseite; kann der Kunde nicht warten, schlagen Sie Google Authenticator vor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The provider account is not active: contact the provider (billing or compliance) to reactivate it.</source>
        <translation>Das Konto beim Anbieter ist nicht aktiv: Wenden Sie sich an den Anbieter (Abrechnung oder Compliance), um es wieder zu aktivieren.</translation>
    </message>
</context>
<context>
    <name>DiagnosisReport</name>
    <message>
        <location filename="../ui/diagnosis/DiagnosisReport.cpp" line="+36"/>
        <location line="+35"/>
        <source>2FA diagnosis</source>
        <translation>2FA-Diagnose</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>2FA diagnosis for client %1 (%2)</source>
        <translation>2FA-Diagnose für Kunde %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2FA method: %1</source>
        <translation>2FA-Methode: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked at: %1</source>
        <translation>Geprüft am: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The diagnosis was cancelled before every check finished.</source>
        <translation>Die Diagnose wurde abgebrochen, bevor alle Prüfungen beendet waren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evidence</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do</source>
        <translation>Was tun</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The file %1 exists and cannot be replaced.</source>
        <translation>Die Datei %1 existiert und kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The PDF could not be written to %1.</source>
        <translation>Das PDF konnte nicht nach %1 geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>EmailCommand</name>
    <message>
        <location filename="../app/cli/EmailCommands.cpp" line="+27"/>
        <source>Usage: backoffice-cli email COMMAND</source>
        <translation>Aufruf: backoffice-cli email BEFEHL</translation>
    </message>
    <message>
        <location line="+242"/>
        <source>unknown email command &apos;%1&apos; (set, show, test, notice-contact)</source>
        <translation>unbekannter email-Befehl &apos;%1&apos; (set, show, test, notice-contact)</translation>
    </message>
</context>
<context>
    <name>EmailNoticeContact</name>
    <message>
        <location line="-42"/>
        <source>Show or set the line every notice after a disable ends with: how the client reaches you if it was not them (one line, at most 200 characters).</source>
        <translation>Die Zeile anzeigen oder festlegen, mit der jede Benachrichtigung nach einer Deaktivierung endet: wie der Kunde Sie erreicht, falls er es nicht war (eine Zeile, höchstens 200 Zeichen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the new contact line; without it the current one is shown</source>
        <translation>die neue Kontaktzeile; ohne sie wird die aktuelle angezeigt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give the contact line as one argument, in quotes</source>
        <translation>geben Sie die Kontaktzeile als ein Argument in Anführungszeichen an</translation>
    </message>
</context>
<context>
    <name>EmailSet</name>
    <message>
        <location line="-186"/>
        <source>Set the SMTP server that sends identity codes and notices to clients. TLS certificates are always verified; --security none is only allowed to a server on this computer. The password is read from standard input and kept in the system keychain.</source>
        <translation>Den SMTP-Server festlegen, der Identitätscodes und Benachrichtigungen an Kunden sendet. TLS-Zertifikate werden immer geprüft; --security none ist nur zu einem Server auf diesem Computer erlaubt. Das Passwort wird von der Standardeingabe gelesen und im Schlüsselbund des Systems abgelegt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SMTP server host name</source>
        <translation>Hostname des SMTP-Servers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>port (587 for starttls, 465 for tls)</source>
        <translation>Port (587 für starttls, 465 für tls)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starttls, tls or none</source>
        <translation>starttls, tls oder none</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sender address clients see</source>
        <translation>die Absenderadresse, die Kunden sehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP user name, when the server requires a sign-in</source>
        <translation>SMTP-Benutzername, wenn der Server eine Anmeldung verlangt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read the SMTP password from standard input</source>
        <translation>das SMTP-Passwort von der Standardeingabe lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seconds the whole exchange may take (default 10)</source>
        <translation>Sekunden, die der ganze Austausch dauern darf (Standard 10)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--%1 is required</source>
        <translation>--%1 ist erforderlich</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--port takes a number</source>
        <translation>--port erwartet eine Zahl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--security takes starttls, tls or none</source>
        <translation>--security erwartet starttls, tls oder none</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--timeout takes a number of seconds</source>
        <translation>--timeout erwartet eine Anzahl Sekunden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--password-stdin needs --user</source>
        <translation>--password-stdin braucht --user</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no password on standard input</source>
        <translation>kein Passwort auf der Standardeingabe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E-mail settings saved; recorded in the audit log.</source>
        <translation>E-Mail-Einstellungen gespeichert; im Audit-Log festgehalten.</translation>
    </message>
</context>
<context>
    <name>EmailShow</name>
    <message>
        <location line="+12"/>
        <source>Show the e-mail settings (never the password).</source>
        <translation>Die E-Mail-Einstellungen anzeigen (nie das Passwort).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>E-mail is not set up. Set it with &apos;backoffice-cli email set&apos;.</source>
        <translation>E-Mail ist nicht eingerichtet. Richten Sie sie mit &apos;backoffice-cli email set&apos; ein.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Server:   %1:%2 (%3)</source>
        <translation>Server:   %1:%2 (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sender:   %1</source>
        <translation>Absender: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User:     %1</source>
        <translation>Benutzer: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none (no sign-in)</source>
        <translation>keiner (keine Anmeldung)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(password in the keychain)</source>
        <translation>(Passwort im Schlüsselbund)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no password saved)</source>
        <translation>(kein Passwort gespeichert)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Timeout:  %n second(s)</source>
        <translation>
            <numerusform>Zeitlimit: %n Sekunde</numerusform>
            <numerusform>Zeitlimit: %n Sekunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmailTest</name>
    <message>
        <location line="+14"/>
        <source>Send a test e-mail with the saved settings.</source>
        <translation>Eine Test-E-Mail mit den gespeicherten Einstellungen senden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the address to send it to</source>
        <translation>die Adresse, an die sie geht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--to takes an e-mail address</source>
        <translation>--to erwartet eine E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Back Office test e-mail</source>
        <translation>Back Office Test-E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a test e-mail from Back Office, sent by %1. If it arrived, clients receive identity codes and notices from this server.</source>
        <translation>Dies ist eine Test-E-Mail von Back Office, gesendet von %1. Wenn sie angekommen ist, erhalten Kunden Identitätscodes und Benachrichtigungen über diesen Server.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the test e-mail was not sent: %1</source>
        <translation>die Test-E-Mail wurde nicht gesendet: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test e-mail sent to %1.</source>
        <translation>Test-E-Mail an %1 gesendet.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../ui/common/ErrorText.cpp" line="+32"/>
        <source>An SMS cannot prove who is calling when SMS confirmation is what is removed. Send the code by e-mail.</source>
        <translation>Eine SMS kann nicht beweisen, wer anruft, wenn gerade die SMS-Bestätigung entfernt werden soll. Senden Sie den Code per E-Mail.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The carrier reports a recent SIM swap on the client&apos;s number: the caller may not be the client. No code was sent; only a colleague&apos;s approval remains.</source>
        <translation>Der Netzbetreiber meldet einen kürzlichen SIM-Tausch für die Nummer des Kunden: Der Anrufer ist womöglich nicht der Kunde. Es wurde kein Code gesendet; es bleibt nur die Freigabe durch einen Kollegen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client has no phone number on file.</source>
        <translation>Für den Kunden ist keine Telefonnummer hinterlegt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client has no e-mail address on file.</source>
        <translation>Für den Kunden ist keine E-Mail-Adresse hinterlegt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No SMS provider is enabled with a saved secret (System &gt; SMS providers).</source>
        <translation>Kein SMS-Anbieter ist mit gespeichertem Geheimnis aktiviert (System &gt; SMS-Anbieter).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail is not set up; an administrator sets it up in the settings.</source>
        <translation>E-Mail ist nicht eingerichtet; ein Administrator richtet sie in den Einstellungen ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client does not have this 2FA option on any more.</source>
        <translation>Beim Kunden ist diese 2FA-Methode nicht mehr aktiv.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Three codes were sent to this client in the last 10 minutes. The next one can go out at %1.</source>
        <translation>An diesen Kunden wurden in den letzten 10 Minuten drei Codes gesendet. Der nächste kann ab %1 gesendet werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The code did not go out; no code is open.</source>
        <translation>Der Code wurde nicht gesendet; es ist kein Code offen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code did not go out (%1); no code is open.</source>
        <translation>Der Code wurde nicht gesendet (%1); es ist kein Code offen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The caller&apos;s identity is not verified: send a code and check the code the client reads out, or ask a colleague to approve.</source>
        <translation>Die Identität des Anrufers ist nicht bestätigt: Senden Sie einen Code und prüfen Sie den Code, den der Kunde vorliest, oder bitten Sie einen Kollegen um Freigabe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The verified code was for another client or another 2FA option.</source>
        <translation>Der bestätigte Code galt einem anderen Kunden oder einer anderen 2FA-Methode.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This code was already used for a disable. Send a new one.</source>
        <translation>Dieser Code wurde bereits für eine Deaktivierung verwendet. Senden Sie einen neuen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The code expired. Send a new one.</source>
        <translation>Der Code ist abgelaufen. Senden Sie einen neuen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code expired at %1. Send a new one.</source>
        <translation>Der Code ist um %1 abgelaufen. Senden Sie einen neuen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A disable request for this client is already waiting for approval (request %1).</source>
        <translation>Für diesen Kunden wartet bereits ein Deaktivierungsantrag auf Freigabe (Antrag %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You filed this request yourself: a second operator must approve it.</source>
        <translation>Sie haben diesen Antrag selbst gestellt: Ein zweiter Mitarbeiter muss ihn freigeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request was already decided (%1).</source>
        <translation>Über den Antrag wurde bereits entschieden (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request expired without approval; file a new one.</source>
        <translation>Der Antrag ist ohne Freigabe abgelaufen; stellen Sie einen neuen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request expired at %1 without approval; file a new one.</source>
        <translation>Der Antrag ist um %1 ohne Freigabe abgelaufen; stellen Sie einen neuen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client changed since the request was filed. Look at the client again and file a new request if still needed.</source>
        <translation>Der Kunde hat sich geändert, seit der Antrag gestellt wurde. Sehen Sie sich den Kunden erneut an und stellen Sie bei Bedarf einen neuen Antrag.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give a meaningful reason: a ticket reference (like SUP-1234) or at least %1 characters.</source>
        <translation>Geben Sie einen aussagekräftigen Grund an: eine Ticketnummer (wie SUP-1234) oder mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reason is longer than %1 characters.</source>
        <translation>Der Grund ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The code is six digits.</source>
        <translation>Der Code hat sechs Ziffern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say how the caller&apos;s identity was checked, in at least 10 characters.</source>
        <translation>Geben Sie in mindestens 10 Zeichen an, wie die Identität des Anrufers geprüft wurde.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>Das Passwort muss mindestens %n Zeichen haben.</numerusform>
            <numerusform>Das Passwort muss mindestens %n Zeichen haben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A user name is 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; or &apos;@&apos;, without spaces.</source>
        <translation>Ein Benutzername besteht aus 1 bis 64 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; oder &apos;@&apos;, ohne Leerzeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The display name is too long.</source>
        <translation>Der Anzeigename ist zu lang.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first operator must be an administrator.</source>
        <translation>Der erste Mitarbeiter muss ein Administrator sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick that the client asked for this and give a reason.</source>
        <translation>Bestätigen Sie, dass der Kunde darum gebeten hat, und geben Sie einen Grund an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the field &quot;%1&quot;.</source>
        <translation>Prüfen Sie das Feld „%1“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the field &quot;%1&quot;: %2</source>
        <translation>Prüfen Sie das Feld „%1“: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The client was changed by someone else; look at it again.</source>
        <translation>Der Kunde wurde von jemand anderem geändert; sehen Sie ihn sich erneut an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An operator with this user name exists already.</source>
        <translation>Es gibt bereits einen Mitarbeiter mit diesem Benutzernamen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is the last enabled administrator: nobody could manage operators any more.</source>
        <translation>Dies ist der letzte aktive Administrator: Niemand könnte die Mitarbeiter mehr verwalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operators exist already; an administrator must add new ones.</source>
        <translation>Es gibt bereits Mitarbeiter; neue muss ein Administrator hinzufügen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two-factor authentication was already disabled by %1 at %2; nothing was changed.</source>
        <translation>Die Zwei-Faktor-Authentifizierung wurde bereits von %1 am %2 deaktiviert; nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record was changed by someone else; reload and try again.</source>
        <translation>Der Datensatz wurde von jemand anderem geändert; laden Sie ihn neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only administrators manage operators.</source>
        <translation>Nur Administratoren verwalten Mitarbeiter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role does not allow disabling a client&apos;s two-factor authentication.</source>
        <translation>Ihre Rolle erlaubt nicht, die Zwei-Faktor-Authentifizierung eines Kunden zu deaktivieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role does not allow checking codes; ask a support operator.</source>
        <translation>Ihre Rolle erlaubt keine Codeprüfung; fragen Sie einen Support-Mitarbeiter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only administrators export or import keys.</source>
        <translation>Nur Administratoren exportieren oder importieren Schlüssel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only administrators copy the whole database.</source>
        <translation>Nur Administratoren kopieren die ganze Datenbank.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role does not allow this.</source>
        <translation>Ihre Rolle erlaubt das nicht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This operator does not exist any more.</source>
        <translation>Diesen Mitarbeiter gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This client no longer exists.</source>
        <translation>Diesen Kunden gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This SMS provider does not exist any more.</source>
        <translation>Diesen SMS-Anbieter gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This message is not in the log.</source>
        <translation>Diese Nachricht ist nicht im Log.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not found: %1.</source>
        <translation>Nicht gefunden: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The database reported an error.</source>
        <translation>Die Datenbank hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database was created by a newer version of Back Office.</source>
        <translation>Die Datenbank wurde von einer neueren Version von Back Office angelegt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system keychain is unavailable (%1). Unlock it or start it, then try again.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1). Entsperren oder starten Sie ihn und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This database&apos;s audit key is not in the keychain. Import it with &apos;backoffice-cli keys import&apos; from a desktop that has it.</source>
        <translation>Der Audit-Schlüssel dieser Datenbank ist nicht im Schlüsselbund. Importieren Sie ihn mit &apos;backoffice-cli keys import&apos; von einem Rechner, der ihn hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database&apos;s data key is not in the keychain. Import it with &apos;backoffice-cli keys import&apos; from a desktop that has it.</source>
        <translation>Der Datenschlüssel dieser Datenbank ist nicht im Schlüsselbund. Importieren Sie ihn mit &apos;backoffice-cli keys import&apos; von einem Rechner, der ihn hat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A stored secret cannot be decrypted (wrong key or damaged data).</source>
        <translation>Ein gespeichertes Secret kann nicht entschlüsselt werden (falscher Schlüssel oder beschädigte Daten).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service cannot be reached.</source>
        <translation>Der Dienst ist nicht erreichbar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The remote service refused the request.</source>
        <translation>Der entfernte Dienst hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many attempts; try again later.</source>
        <translation>Zu viele Versuche; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account is locked.</source>
        <translation>Das Konto ist gesperrt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another program is writing to the database; try again in a moment.</source>
        <translation>Ein anderes Programm schreibt gerade in die Datenbank; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong inside Back Office.</source>
        <translation>In Back Office ist ein interner Fehler aufgetreten.</translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <location filename="../core/clients/ClientImporter.cpp" line="+66"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the header must be exactly %1</source>
        <translation>die Kopfzeile muss genau %1 lauten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not valid CSV (a quoted field is never closed)</source>
        <translation>kein gültiges CSV (ein Feld in Anführungszeichen wird nie geschlossen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not valid CSV (a quote inside an unquoted field; quote the field and double the quote)</source>
        <translation>kein gültiges CSV (ein Anführungszeichen in einem Feld ohne Anführungszeichen; setzen Sie das Feld in Anführungszeichen und verdoppeln Sie das Anführungszeichen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not valid CSV (text after a closing quote)</source>
        <translation>kein gültiges CSV (Text nach einem schließenden Anführungszeichen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bare CR line endings (a carriage return without a line feed); save the file with CRLF or LF line endings</source>
        <translation>reine CR-Zeilenenden (Wagenrücklauf ohne Zeilenvorschub); speichern Sie die Datei mit CRLF- oder LF-Zeilenenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file could not be read to its end: %1</source>
        <translation>die Datei konnte nicht bis zum Ende gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wrong number of fields (%1, expected %2)</source>
        <translation>falsche Anzahl von Feldern (%1, erwartet: %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not valid UTF-8 (byte %1 at character %2)</source>
        <translation>kein gültiges UTF-8 (Byte %1 bei Zeichen %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>control character %1 at character %2</source>
        <translation>Steuerzeichen %1 bei Zeichen %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bidirectional control character %1 at character %2</source>
        <translation>bidirektionales Steuerzeichen %1 bei Zeichen %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>longer than %1 characters</source>
        <translation>länger als %1 Zeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a positive whole number</source>
        <translation>keine positive ganze Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be between 1 and %1</source>
        <translation>muss zwischen 1 und %1 liegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicate id, first on line %1</source>
        <translation>doppelte ID, zuerst in Zeile %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a client with this id already exists</source>
        <translation>ein Kunde mit dieser ID existiert bereits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not an e-mail address</source>
        <translation>keine E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not in E.164 format (+ and country code, digits only)</source>
        <translation>nicht im E.164-Format (+ und Ländervorwahl, nur Ziffern)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a valid phone number</source>
        <translation>keine gültige Telefonnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a valid number for %2 according to the numbering plan; imported anyway</source>
        <translation>%1 ist laut Nummerierungsplan keine gültige Nummer für %2; trotzdem importiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not an ISO 3166-1 alpha-2 country code</source>
        <translation>kein Ländercode nach ISO 3166-1 alpha-2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be none, authenticator or sms</source>
        <translation>muss none, authenticator oder sms sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMS confirmation needs a valid phone number</source>
        <translation>die SMS-Bestätigung braucht eine gültige Telefonnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be empty unless twofa_method is authenticator</source>
        <translation>muss leer sein, außer wenn twofa_method authenticator ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not base32 (letters A-Z and digits 2-7): %1 at character %2</source>
        <translation>kein Base32 (Buchstaben A–Z und Ziffern 2–7): %1 bei Zeichen %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not base32 (%1)</source>
        <translation>kein Base32 (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too short: at least %1 bits (%2 base32 characters)</source>
        <translation>zu kurz: mindestens %1 Bit (%2 Base32-Zeichen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be 6, 7 or 8</source>
        <translation>muss 6, 7 oder 8 sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be between 10 and 120 seconds</source>
        <translation>muss zwischen 10 und 120 Sekunden liegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be SHA1, SHA256 or SHA512</source>
        <translation>muss SHA1, SHA256 oder SHA512 sein</translation>
    </message>
    <message>
        <location line="+372"/>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
</context>
<context>
    <name>KeysCommand</name>
    <message>
        <location filename="../app/cli/KeysCommands.cpp" line="+24"/>
        <source>Usage: backoffice-cli keys export &gt; keys.txt   (writes the keys, one base64 line, to stdout)
       backoffice-cli keys import &lt; keys.txt   (reads them from stdin into the keychain)
Administrators only; every export and import is in the audit log. Keep keys.txt private (mode 0600) and delete it once imported.</source>
        <translation>Aufruf: backoffice-cli keys export &gt; keys.txt   (schreibt die Schlüssel als eine base64-Zeile auf stdout)
        backoffice-cli keys import &lt; keys.txt   (liest sie von stdin in den Schlüsselbund)
Nur für Administratoren; jeder Export und Import steht im Audit-Log. Halten Sie keys.txt privat (Modus 0600) und löschen Sie die Datei nach dem Import.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>keys needs a subcommand: export or import</source>
        <translation>keys braucht einen Unterbefehl: export oder import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown keys subcommand &apos;%1&apos;</source>
        <translation>unbekannter keys-Unterbefehl &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>KeysExport</name>
    <message>
        <location line="-85"/>
        <source>Write the keys even when standard output is a terminal.</source>
        <translation>Die Schlüssel auch dann schreiben, wenn die Standardausgabe ein Terminal ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>keys export takes no arguments: the keys go to standard output</source>
        <translation>keys export erwartet keine Argumente: Die Schlüssel gehen auf die Standardausgabe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>standard output is a terminal: the keys would stay in its scroll-back; redirect to a file (keys export &gt; keys.txt) or pipe, or give --force</source>
        <translation>Die Standardausgabe ist ein Terminal: Die Schlüssel blieben in dessen Verlauf stehen; leiten Sie in eine Datei (keys export &gt; keys.txt) oder eine Pipe um, oder geben Sie --force an</translation>
    </message>
</context>
<context>
    <name>KeysImport</name>
    <message>
        <location line="+30"/>
        <source>keys import takes no arguments: the keys come from standard input</source>
        <translation>keys import erwartet keine Argumente: Die Schlüssel kommen von der Standardeingabe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no keys on standard input (use: backoffice-cli keys import &lt; keys.txt)</source>
        <translation>keine Schlüssel auf der Standardeingabe (Aufruf: backoffice-cli keys import &lt; keys.txt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invalid keys on standard input: %1</source>
        <translation>ungültige Schlüssel auf der Standardeingabe: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>data key imported into the keychain (this export has no audit key: it was made before audit logs were keyed)</source>
        <translation>Datenschlüssel in den Schlüsselbund importiert (dieser Export enthält keinen Audit-Schlüssel: Er entstand, bevor Audit-Logs einen Schlüssel hatten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>data key and audit key imported into the keychain</source>
        <translation>Datenschlüssel und Audit-Schlüssel in den Schlüsselbund importiert</translation>
    </message>
</context>
<context>
    <name>LookupPhone</name>
    <message>
        <location filename="../app/cli/LookupPhoneCommand.cpp" line="+26"/>
        <source>Ask the carrier about the client&apos;s phone number (Twilio Lookup): line type and carrier, a recent SIM swap, line status. Each lookup is billed by the provider, so an answer is reused for 24 hours.</source>
        <translation>Den Mobilfunkanbieter nach der Telefonnummer des Kunden fragen (Twilio Lookup): Anschlussart und Anbieter, ein kürzlicher SIM-Tausch, Leitungsstatus. Jede Abfrage berechnet der Anbieter, daher wird eine Antwort 24 Stunden lang wiederverwendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the client&apos;s ID</source>
        <translation>die ID des Kunden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>client ID</source>
        <translation>Kunden-ID</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not available on this account</source>
        <translation>für dieses Konto nicht verfügbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not available on this account (error %1)</source>
        <translation>für dieses Konto nicht verfügbar (Fehler %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>client %1 has no phone number on file</source>
        <translation>für Kunde %1 ist keine Telefonnummer hinterlegt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no enabled SMS provider offers a carrier lookup (Twilio does)</source>
        <translation>kein aktivierter SMS-Anbieter bietet eine Abfrage beim Mobilfunkanbieter (Twilio schon)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the lookup failed: %1</source>
        <translation>die Abfrage ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>SWAPPED within the last 7 days: the caller may not be the client</source>
        <translation>in den letzten 7 Tagen GETAUSCHT: Der Anrufer ist womöglich nicht der Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no swap in the last 7 days</source>
        <translation>kein SIM-Tausch in den letzten 7 Tagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number:      %1 (%2)</source>
        <translation>Nummer:         %1 (%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not valid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line type:   %1</source>
        <translation>Anschlussart:   %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier:     %1</source>
        <translation>Mobilfunknetz:  %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SIM swap:    %1</source>
        <translation>SIM-Tausch:     %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line status: %1</source>
        <translation>Leitungsstatus: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looked up:   %1%2</source>
        <translation>Abgefragt:      %1%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (from the last 24 hours&apos; lookup, not billed again)</source>
        <translation> (aus der Abfrage der letzten 24 Stunden, nicht erneut berechnet)</translation>
    </message>
</context>
<context>
    <name>MailResult</name>
    <message>
        <location filename="../core/email/MailJob.cpp" line="+50"/>
        <source>The SMTP server accepted the e-mail.</source>
        <translation>Der SMTP-Server hat die E-Mail angenommen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The e-mail was not sent: %1.</source>
        <translation>Die E-Mail wurde nicht gesendet: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The SMTP password is not available (%1): enter it again in the e-mail settings, or unlock the keychain.</source>
        <translation>Das SMTP-Passwort ist nicht verfügbar (%1): Geben Sie es in den E-Mail-Einstellungen erneut ein, oder entsperren Sie den Schlüsselbund.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The SMTP server could not be reached: check the host and port.</source>
        <translation>Der SMTP-Server ist nicht erreichbar: Prüfen Sie Host und Port.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The SMTP server&apos;s certificate could not be verified; the connection was refused.</source>
        <translation>Das Zertifikat des SMTP-Servers konnte nicht geprüft werden; die Verbindung wurde abgelehnt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The SMTP server does not offer STARTTLS, so nothing was sent. Use implicit TLS (usually port 465) or another server.</source>
        <translation>Der SMTP-Server bietet kein STARTTLS an, daher wurde nichts gesendet. Verwenden Sie implizites TLS (meist Port 465) oder einen anderen Server.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The SMTP server refused the user name and password.</source>
        <translation>Der SMTP-Server hat Benutzername und Passwort abgelehnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The SMTP server refused the e-mail (SMTP code %1).</source>
        <translation>Der SMTP-Server hat die E-Mail abgelehnt (SMTP-Code %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The SMTP server did not answer in time.</source>
        <translation>Der SMTP-Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The e-mail was handed over but the server&apos;s answer did not arrive: it may have been sent. Check the server&apos;s logs before sending again.</source>
        <translation>Die E-Mail wurde übergeben, aber die Antwort des Servers kam nicht an: Sie wurde möglicherweise gesendet. Prüfen Sie die Protokolle des Servers, bevor Sie erneut senden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The e-mail could not be sent (%1).</source>
        <translation>Die E-Mail konnte nicht gesendet werden (%1).</translation>
    </message>
</context>
<context>
    <name>NoticeReportText</name>
    <message>
        <location filename="../ui/clients/NoticeReportText.cpp" line="+12"/>
        <source>The client has no phone number or e-mail address on file: no notice was sent.</source>
        <translation>Für den Kunden ist weder Telefonnummer noch E-Mail-Adresse hinterlegt: Es wurde keine Benachrichtigung gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The notice to the client by %1 (%2) failed: %3. The disable stands.</source>
        <translation>Die Benachrichtigung des Kunden per %1 (%2) ist fehlgeschlagen: %3. Die Deaktivierung bleibt bestehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client was told by %1 (%2).</source>
        <translation>Der Kunde wurde per %1 (%2) benachrichtigt.</translation>
    </message>
</context>
<context>
    <name>OperatorsCommand</name>
    <message>
        <location filename="../app/cli/OperatorsCommands.cpp" line="+40"/>
        <source>Operator accounts (administrators only). Passwords are read from standard input, one line each,
after the signed-in operator&apos;s own password when that also comes from standard input.

  operators add NAME [--role viewer|support|admin] [--display-name TEXT]
      On a database with no operators this creates the first administrator (--role admin).
  operators list
  operators disable NAME | operators enable NAME
  operators set-role NAME viewer|support|admin
  operators reset-password NAME   (also clears a lockout)</source>
        <translation>Mitarbeiterkonten (nur für Administratoren). Passwörter werden von der Standardeingabe gelesen, je eine Zeile,
nach dem eigenen Passwort des angemeldeten Mitarbeiters, wenn auch dieses von der Standardeingabe kommt.

  operators add NAME [--role viewer|support|admin] [--display-name TEXT]
      In einer Datenbank ohne Mitarbeiter legt dies den ersten Administrator an (--role admin).
  operators list
  operators disable NAME | operators enable NAME
  operators set-role NAME viewer|support|admin
  operators reset-password NAME   (hebt auch eine Sperre auf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>add, list, disable, enable, set-role or reset-password</source>
        <translation>add, list, disable, enable, set-role oder reset-password</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>operators %1 takes %2 (see operators --help)</source>
        <translation>operators %1 erwartet %2 (siehe operators --help)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one user name</source>
        <translation>einen Benutzernamen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a user name and a role</source>
        <translation>einen Benutzernamen und eine Rolle</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>refused: %1 (nobody could manage operators any more)</source>
        <translation>abgelehnt: %1 (niemand könnte die Mitarbeiter mehr verwalten)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>invalid password (standard input): at least %1 characters</source>
        <translation>ungültiges Passwort (Standardeingabe): mindestens %1 Zeichen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2, disabled)</source>
        <translation>%1 (%2, deaktiviert)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New password for %1 (at least %2 characters): </source>
        <translation>Neues Passwort für %1 (mindestens %2 Zeichen): </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role of the new operator (default viewer).</source>
        <translation>Rolle des neuen Mitarbeiters (Standard viewer).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display name of the new operator.</source>
        <translation>Anzeigename des neuen Mitarbeiters.</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>operators needs an action: add, list, disable, enable, set-role, reset-password</source>
        <translation>operators braucht eine Aktion: add, list, disable, enable, set-role, reset-password</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown operators action &apos;%1&apos; (see operators --help)</source>
        <translation>unbekannte operators-Aktion &apos;%1&apos; (siehe operators --help)</translation>
    </message>
</context>
<context>
    <name>RuntimeModule</name>
    <message>
        <location filename="../core/common/RuntimeModule.cpp" line="+62"/>
        <source>Back Office is installed incompletely: its %1 module could not be loaded (%2).</source>
        <translation>Back Office ist unvollständig installiert: Sein Modul „%1“ konnte nicht geladen werden (%2).</translation>
    </message>
</context>
<context>
    <name>ProviderError</name>
    <message>
        <location filename="../core/sms/ProviderError.cpp" line="+51"/>
        <source>Wrong credentials: the provider did not accept the account ID and secret.</source>
        <translation>Falsche Zugangsdaten: Der Anbieter hat Konto-ID und Geheimnis nicht akzeptiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Insufficient balance: the provider account is out of funds or not active.</source>
        <translation>Guthaben reicht nicht: Das Konto beim Anbieter ist leer oder nicht aktiv.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Provider unavailable (%1): try again later.</source>
        <translation>Anbieter nicht erreichbar (%1): Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message numerus="yes">
        <location line="-26"/>
        <source>Rate limited: too many requests; retry in %n second(s).</source>
        <translation>
            <numerusform>Begrenzt: zu viele Anfragen; erneut versuchen in %n Sekunde.</numerusform>
            <numerusform>Begrenzt: zu viele Anfragen; erneut versuchen in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate limited: too many requests; retry later.</source>
        <translation>Begrenzt: zu viele Anfragen; später erneut versuchen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The provider rejected the request: %1</source>
        <translation>Der Anbieter hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The provider&apos;s answer could not be understood (%1).</source>
        <translation>Die Antwort des Anbieters war unverständlich (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The provider&apos;s certificate could not be verified; the connection was refused.</source>
        <translation>Das Zertifikat des Anbieters konnte nicht überprüft werden; die Verbindung wurde abgelehnt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The provider&apos;s secret is not available: %1</source>
        <translation>Das Geheimnis des Anbieters ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome unknown (%1): the request reached the provider but its answer did not arrive whole, so it may have been carried out.</source>
        <translation>Ergebnis unbekannt (%1): Die Anfrage hat den Anbieter erreicht, aber seine Antwort kam nicht vollständig an; sie wurde also möglicherweise ausgeführt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(provider code %1)</source>
        <translation>(Anbietercode %1)</translation>
    </message>
</context>
<context>
    <name>ProviderHealthMonitor</name>
    <message>
        <location filename="../core/sms/ProviderHealthMonitor.cpp" line="+21"/>
        <source>SMS providers could not be read.</source>
        <translation>Die SMS-Anbieter konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>SMS provider %1 is failing</source>
        <translation>SMS-Anbieter %1 funktioniert nicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SMS provider %1 is below its balance threshold (%2 %3)</source>
        <translation>SMS-Anbieter %1 liegt unter seiner Guthabenschwelle (%2 %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No SMS provider is enabled.</source>
        <translation>Kein SMS-Anbieter ist aktiviert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SMS providers not checked yet: %1.</source>
        <translation>Noch nicht geprüfte SMS-Anbieter: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SMS providers OK.</source>
        <translation>SMS-Anbieter OK.</translation>
    </message>
</context>
<context>
    <name>ProviderIdCommand</name>
    <message>
        <location filename="../app/cli/ProvidersCommands.cpp" line="+260"/>
        <source>Provider id (see list).</source>
        <translation>Anbieter-ID (siehe list).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 needs %2</source>
        <translation>%1 braucht %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invalid provider id &apos;%1&apos;</source>
        <translation>ungültige Anbieter-ID &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>ProviderOutput</name>
    <message>
        <location filename="../app/cli/ProviderOutput.cpp" line="+37"/>
        <source>credentials accepted, but the account is %1</source>
        <translation>Zugangsdaten akzeptiert, aber das Konto ist %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>credentials accepted (account %1, %2)</source>
        <translation>Zugangsdaten akzeptiert (Konto %1, %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>credentials accepted</source>
        <translation>Zugangsdaten akzeptiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>balance %1 %2</source>
        <translation>Guthaben %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> - below the threshold of %1</source>
        <translation> - unter dem Schwellenwert von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> - no money left: SMS cannot be sent</source>
        <translation> - kein Guthaben mehr: SMS können nicht gesendet werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>service status: %1 (%2)</source>
        <translation>Dienststatus: %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sent, message id %1 (%2)</source>
        <translation>gesendet, Nachrichten-ID %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, error %1: %2 %3</source>
        <translation>, Fehler %1: %2 %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (handed to the carrier; no delivery receipt yet)</source>
        <translation> (an den Netzbetreiber übergeben; noch keine Zustellbestätigung)</translation>
    </message>
</context>
<context>
    <name>ProviderSettings</name>
    <message>
        <location filename="../app/cli/ProvidersCommands.cpp" line="-139"/>
        <source>Display name.</source>
        <translation>Anzeigename.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twilio Account SID (AC...).</source>
        <translation>Twilio Account SID (AC...).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twilio API Key SID (SK...), when authenticating with an API key.</source>
        <translation>Twilio API Key SID (SK...), bei Authentifizierung mit einem API-Schlüssel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vonage API key.</source>
        <translation>Vonage-API-Schlüssel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender: E.164 number, Twilio Messaging Service SID (MG...), or Vonage alphanumeric.</source>
        <translation>Absender: E.164-Nummer, Twilio Messaging Service SID (MG...) oder alphanumerischer Vonage-Absender.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API base URL (https://; http:// only on loopback).</source>
        <translation>API-Basis-URL (https://; http:// nur auf Loopback).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statuspage URL.</source>
        <translation>Statuspage-URL.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn when the balance is under this amount.</source>
        <translation>Warnen, wenn das Guthaben unter diesem Betrag liegt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeout in seconds for a whole provider call, answer included (default 10).</source>
        <translation>Timeout in Sekunden für einen ganzen Anbieteraufruf, Antwort eingeschlossen (Standard 10).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the auth token / API secret from standard input.</source>
        <translation>Das Auth-Token / API-Secret von der Standardeingabe lesen.</translation>
    </message>
</context>
<context>
    <name>ProvidersAdd</name>
    <message>
        <location line="+69"/>
        <source>add needs the provider kind: %1</source>
        <translation>add braucht die Art des Anbieters: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>add needs the secret: pipe it with --secret-stdin</source>
        <translation>add braucht das Secret: Übergeben Sie es per Pipe mit --secret-stdin</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>provider %1 created, but its secret was not stored: %2</source>
        <translation>Anbieter %1 angelegt, aber sein Secret wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>created provider %1 (%2), secret stored in the keychain</source>
        <translation>Anbieter %1 (%2) angelegt, Secret im Schlüsselbund gespeichert</translation>
    </message>
</context>
<context>
    <name>ProvidersCheck</name>
    <message>
        <location line="+183"/>
        <source>Recipient in E.164.</source>
        <translation>Empfänger im Format E.164.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text.</source>
        <translation>Text.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider&apos;s message id (SM...).</source>
        <translation>Die Nachrichten-ID des Anbieters (SM...).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>test-sms needs --to +E164</source>
        <translation>test-sms braucht --to +E164</translation>
    </message>
</context>
<context>
    <name>ProvidersCommand</name>
    <message>
        <location line="-415"/>
        <source>Usage: backoffice-cli providers list | show ID | add twilio|vonage OPTIONS --secret-stdin | edit ID OPTIONS | remove ID | check ID | balance ID | test-sms ID --to +E164 [--body TEXT] | message-status ID MESSAGE_ID</source>
        <translation>Aufruf: backoffice-cli providers list | show ID | add twilio|vonage OPTIONS --secret-stdin | edit ID OPTIONS | remove ID | check ID | balance ID | test-sms ID --to +E164 [--body TEXT] | message-status ID MESSAGE_ID</translation>
    </message>
    <message>
        <location line="+509"/>
        <source>secrets are never taken as arguments; pipe it with --secret-stdin</source>
        <translation>Secrets werden nie als Argumente angenommen; übergeben Sie es per Pipe mit --secret-stdin</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown providers action &apos;%1&apos;
%2</source>
        <translation>unbekannte providers-Aktion &apos;%1&apos;
%2</translation>
    </message>
</context>
<context>
    <name>ProvidersEdit</name>
    <message>
        <location line="-213"/>
        <source>Enable the provider.</source>
        <translation>Den Anbieter aktivieren.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disable the provider.</source>
        <translation>Den Anbieter deaktivieren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--enable and --disable together</source>
        <translation>--enable und --disable gleichzeitig</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>settings saved, but the secret was not stored: %1</source>
        <translation>Einstellungen gespeichert, aber das Secret wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>updated provider %1</source>
        <translation>Anbieter %1 aktualisiert</translation>
    </message>
</context>
<context>
    <name>ProvidersList</name>
    <message>
        <location line="-264"/>
        <source>enabled </source>
        <translation>aktiviert </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
</context>
<context>
    <name>ProvidersRemove</name>
    <message>
        <location line="+284"/>
        <source>removed provider %1</source>
        <translation>Anbieter %1 entfernt</translation>
    </message>
</context>
<context>
    <name>ReasonRule</name>
    <message>
        <location filename="../app/cli/ReasonRuleCommand.cpp" line="+26"/>
        <source>Show or set what the reason of a disable must be: a ticket reference matching the pattern, or a text of at least the minimum length. Administrators set it; it holds for every desk on this database.</source>
        <translation>Anzeigen oder festlegen, was der Grund einer Deaktivierung sein muss: eine Ticketnummer, die dem Muster entspricht, oder ein Text mit mindestens der Mindestlänge. Administratoren legen es fest; es gilt für jeden Arbeitsplatz an dieser Datenbank.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the fewest characters a reason that is no ticket reference has</source>
        <translation>die wenigsten Zeichen, die ein Grund ohne Ticketnummer hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a regular expression a ticket reference matches as a whole; empty: none</source>
        <translation>ein regulärer Ausdruck, dem eine Ticketnummer als Ganzes entspricht; leer: keiner</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--min-length takes a number</source>
        <translation>--min-length erwartet eine Zahl</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>A reason is a ticket reference matching %1 or at least %n character(s).</source>
        <translation>
            <numerusform>Ein Grund ist eine Ticketnummer nach %1 oder mindestens %n Zeichen lang.</numerusform>
            <numerusform>Ein Grund ist eine Ticketnummer nach %1 oder mindestens %n Zeichen lang.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no pattern)</source>
        <translation>(kein Muster)</translation>
    </message>
</context>
<context>
    <name>RejectDisable</name>
    <message>
        <location filename="../app/cli/VerificationCommands.cpp" line="+20"/>
        <source>Reject (or, as its requester, withdraw) a disable request.</source>
        <translation>Einen Deaktivierungsantrag ablehnen (oder als Antragsteller zurückziehen).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the request&apos;s ID (clients approvals list)</source>
        <translation>die ID des Antrags (clients approvals list)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>why it is rejected (required)</source>
        <translation>warum er abgelehnt wird (erforderlich)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>request ID</source>
        <translation>Antrags-ID</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--reason is required: say why the request is rejected</source>
        <translation>--reason ist erforderlich: Sagen Sie, warum der Antrag abgelehnt wird</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Request %1 rejected; the client&apos;s 2FA is unchanged.</source>
        <translation>Antrag %1 abgelehnt; die 2FA des Kunden bleibt unverändert.</translation>
    </message>
</context>
<context>
    <name>RequestDisable</name>
    <message>
        <location line="-179"/>
        <source>File a four-eyes request to disable a client&apos;s 2FA when the caller could not read back a code: say how their identity was checked; a second operator approves it (approve-disable) and only then is the option turned off. Expires after 24 hours.</source>
        <translation>Einen Antrag nach dem Vier-Augen-Prinzip stellen, die 2FA eines Kunden zu deaktivieren, wenn der Anrufer keinen Code vorlesen konnte: Sagen Sie, wie seine Identität geprüft wurde; ein zweiter Mitarbeiter gibt ihn frei (approve-disable), erst dann wird die Methode ausgeschaltet. Läuft nach 24 Stunden ab.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the client&apos;s ID</source>
        <translation>die ID des Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason or ticket reference (required)</source>
        <translation>Grund oder Ticketnummer (erforderlich)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>how the caller&apos;s identity was checked, e.g. &quot;passport seen at the branch&quot; (required)</source>
        <translation>wie die Identität des Anrufers geprüft wurde, z. B. &quot;Ausweis in der Filiale gesehen&quot; (erforderlich)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>confirms the client explicitly asked for this (required)</source>
        <translation>bestätigt, dass der Kunde ausdrücklich darum gebeten hat (erforderlich)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>client ID</source>
        <translation>Kunden-ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--client-requested is required: disable 2FA only at the client&apos;s explicit request</source>
        <translation>--client-requested ist erforderlich: Deaktivieren Sie die 2FA nur auf ausdrücklichen Wunsch des Kunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--identity-checked is required: say how the caller&apos;s identity was checked</source>
        <translation>--identity-checked ist erforderlich: Sagen Sie, wie die Identität des Anrufers geprüft wurde</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Request %1 filed: a second operator must approve it with &apos;clients approve-disable %1&apos; before %2.</source>
        <translation>Antrag %1 gestellt: Ein zweiter Mitarbeiter muss ihn vor %2 mit &apos;clients approve-disable %1&apos; freigeben.</translation>
    </message>
</context>
<context>
    <name>SmsCommand</name>
    <message>
        <location filename="../app/cli/SmsCommands.cpp" line="+29"/>
        <source>Usage: backoffice-cli sms failures [--since YYYY-MM-DD] [--json] | history CLIENT_ID [--json]</source>
        <translation>Aufruf: backoffice-cli sms failures [--since YYYY-MM-DD] [--json] | history CLIENT_ID [--json]</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>unknown sms command &apos;%1&apos;
%2</source>
        <translation>unbekannter sms-Befehl &apos;%1&apos;
%2</translation>
    </message>
</context>
<context>
    <name>SmsFailureReport</name>
    <message>
        <location filename="../core/sms/SmsFailureReport.cpp" line="+28"/>
        <source>The message failed without an error code.</source>
        <translation>Die Nachricht ist ohne Fehlercode fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh its status; if it stays failed, look it up in the provider&apos;s console.</source>
        <translation>Aktualisieren Sie ihren Status; bleibt sie fehlgeschlagen, sehen Sie in der Konsole des Anbieters nach.</translation>
    </message>
</context>
<context>
    <name>SmsFailures</name>
    <message>
        <location filename="../app/cli/SmsCommands.cpp" line="-173"/>
        <source>Only clients whose last SMS failed on or after this day (UTC).</source>
        <translation>Nur Kunden, deren letzte SMS an oder nach diesem Tag (UTC) fehlgeschlagen ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>failures takes no argument: &apos;%1&apos;</source>
        <translation>failures erwartet kein Argument: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid --since &apos;%1&apos;: expected a date YYYY-MM-DD</source>
        <translation>ungültiges --since &apos;%1&apos;: erwartet wird ein Datum YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No client&apos;s last SMS failed since %1.</source>
        <translation>Seit %1 ist bei keinem Kunden die letzte SMS fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No client&apos;s last SMS failed.</source>
        <translation>Bei keinem Kunden ist die letzte SMS fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 client(s) whose last SMS failed, %2 cause(s) since %3.</source>
        <translation>%1 Kunde(n), deren letzte SMS fehlgeschlagen ist, %2 Ursache(n) seit %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 client(s) whose last SMS failed, %2 cause(s).</source>
        <translation>%1 Kunde(n), deren letzte SMS fehlgeschlagen ist, %2 Ursache(n).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(no error code)</source>
        <translation>(kein Fehlercode)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 client(s)</source>
        <translation>%1 Kunde(n)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to do: %1</source>
        <translation>Was tun: %1</translation>
    </message>
</context>
<context>
    <name>SmsHistoryCommand</name>
    <message>
        <location line="+22"/>
        <source>The client&apos;s id.</source>
        <translation>Die ID des Kunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most this many messages (default 200).</source>
        <translation>Höchstens so viele Nachrichten (Standard 200).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>history needs CLIENT_ID</source>
        <translation>history braucht CLIENT_ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invalid client id &apos;%1&apos;</source>
        <translation>ungültige Kunden-ID &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid --limit &apos;%1&apos;</source>
        <translation>ungültiges --limit &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No SMS was sent to %1 through Back Office.</source>
        <translation>An %1 wurde keine SMS über Back Office gesendet.</translation>
    </message>
</context>
<context>
    <name>SmsStatusText</name>
    <message>
        <location filename="../ui/sms/SmsStatusText.cpp" line="+10"/>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent (no delivery receipt yet)</source>
        <translation>Gesendet (noch keine Zustellbestätigung)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undelivered</source>
        <translation>Nicht zugestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown (no complete answer from the provider)</source>
        <translation>Unbekannt (keine vollständige Antwort vom Anbieter)</translation>
    </message>
</context>
<context>
    <name>TotpCheck</name>
    <message>
        <location filename="../app/cli/TotpCommands.cpp" line="+132"/>
        <source>Checks a code the client read out against their authenticator: valid (exit 0), the device clock is off, or no match within 24 hours (exit 1). At most 10 checks per client per 10 minutes.</source>
        <translation>Prüft einen vom Kunden vorgelesenen Code gegen seinen Authenticator: gültig (Exit-Status 0), die Uhr des Geräts geht falsch oder kein Treffer innerhalb von 24 Stunden (Exit-Status 1). Höchstens 10 Prüfungen pro Kunde in 10 Minuten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client&apos;s ID.</source>
        <translation>Die ID des Kunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The 6 to 8 digit code the client reads out.</source>
        <translation>Der 6- bis 8-stellige Code, den der Kunde vorliest.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UNIX time the client read the code (default: now).</source>
        <translation>UNIX-Zeit, zu der der Kunde den Code abgelesen hat (Standard: jetzt).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected CLIENT_ID and CODE (see --help)</source>
        <translation>erwartet werden CLIENT_ID und CODE (siehe --help)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invalid CLIENT_ID: &apos;%1&apos; is not a client ID</source>
        <translation>ungültige CLIENT_ID: &apos;%1&apos; ist keine Kunden-ID</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>client %1 has no authenticator (Google Authenticator) on</source>
        <translation>bei Kunde %1 ist kein Authenticator (Google Authenticator) eingeschaltet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>too many checks for client %1: 10 per 10 minutes; next check allowed at %2</source>
        <translation>zu viele Prüfungen für Kunde %1: 10 in 10 Minuten; nächste Prüfung möglich um %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>about %1 min</source>
        <translation>etwa %1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ahead</source>
        <translation>%1 vor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 behind</source>
        <translation>%1 nach</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>valid: the code is right; the client&apos;s authenticator and clock are fine</source>
        <translation>valid: Der Code stimmt; Authenticator und Uhr des Kunden sind in Ordnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>valid: the code is right (one step ahead); the client&apos;s authenticator and clock are fine</source>
        <translation>valid: Der Code stimmt (ein Zeitschritt vor); Authenticator und Uhr des Kunden sind in Ordnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>valid: the code is right (one step behind); the client&apos;s authenticator and clock are fine</source>
        <translation>valid: Der Code stimmt (ein Zeitschritt nach); Authenticator und Uhr des Kunden sind in Ordnung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>drift: the code matches %1 (%2 steps of %3 s); the device clock is off: the client should turn on automatic date and time (Google Authenticator on Android: Settings &gt; Time correction for codes &gt; Sync now)</source>
        <translation>drift: Der Code passt zu %1 (%2 Zeitschritte zu %3 s); die Uhr des Geräts geht falsch: Der Kunde sollte Datum und Uhrzeit automatisch einstellen lassen (Google Authenticator unter Android: Einstellungen &gt; Zeitkorrektur für Codes &gt; Jetzt synchronisieren)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no_match: the code matches no time within 24 hours; the app holds another secret or account: disable the authenticator and let the client re-enrol</source>
        <translation>no_match: Der Code passt zu keinem Zeitpunkt innerhalb von 24 Stunden; die App hat ein anderes Secret oder Konto: Deaktivieren Sie den Authenticator und lassen Sie den Kunden ihn neu einrichten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 checks left</source>
        <translation>%1 von %2 Prüfungen übrig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; resets at %1</source>
        <translation>; wird um %1 zurückgesetzt</translation>
    </message>
</context>
<context>
    <name>TotpCode</name>
    <message>
        <location line="-183"/>
        <source>Prints the TOTP code of a base32 secret (use &apos;-&apos; to read it from stdin).</source>
        <translation>Gibt den TOTP-Code eines base32-Secrets aus (&apos;-&apos; liest es von stdin).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base32 secret, or - to read it from standard input.</source>
        <translation>Base32-Secret, oder - zum Lesen von der Standardeingabe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UNIX time (default: now).</source>
        <translation>UNIX-Zeit (Standard: jetzt).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6, 7 or 8 (default 6).</source>
        <translation>6, 7 oder 8 (Standard 6).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds per code, 10 to 120 (default 30).</source>
        <translation>Sekunden pro Code, 10 bis 120 (Standard 30).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA1, SHA256 or SHA512 (default SHA1).</source>
        <translation>SHA1, SHA256 oder SHA512 (Standard SHA1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--secret is required</source>
        <translation>--secret ist erforderlich</translation>
    </message>
</context>
<context>
    <name>TotpCommand</name>
    <message>
        <location line="-46"/>
        <source>Usage: backoffice-cli totp code --secret BASE32|- [--time UNIX] [--digits N] [--period S] [--algorithm SHA1|SHA256|SHA512]
       backoffice-cli totp check CLIENT_ID CODE [--time UNIX] [--json]
</source>
        <translation>Aufruf: backoffice-cli totp code --secret BASE32|- [--time UNIX] [--digits N] [--period S] [--algorithm SHA1|SHA256|SHA512]
        backoffice-cli totp check CLIENT_ID CODE [--time UNIX] [--json]
</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>invalid --%1: &apos;%2&apos; is not a whole number</source>
        <translation>ungültiges --%1: &apos;%2&apos; ist keine ganze Zahl</translation>
    </message>
    <message>
        <location line="+217"/>
        <source>totp needs a subcommand: code or check</source>
        <translation>totp braucht einen Unterbefehl: code oder check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown totp subcommand &apos;%1&apos;</source>
        <translation>unbekannter totp-Unterbefehl &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>VerificationCommand</name>
    <message>
        <location filename="../app/cli/VerificationCommands.cpp" line="-175"/>
        <source>this command takes one %1</source>
        <translation>dieser Befehl erwartet eine %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invalid %1 &apos;%2&apos;: expected a positive whole number</source>
        <translation>ungültige %1 &apos;%2&apos;: erwartet wird eine positive ganze Zahl</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>warning: the client has no phone number or e-mail address on file; no notice was sent</source>
        <translation>Warnung: Für den Kunden ist weder Telefonnummer noch E-Mail-Adresse hinterlegt; es wurde keine Benachrichtigung gesendet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>warning: the notice to the client by %1 (%2) failed: %3; the disable stands</source>
        <translation>Warnung: Die Benachrichtigung an den Kunden per %1 (%2) ist fehlgeschlagen: %3; die Deaktivierung bleibt bestehen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The client was told by %1 (%2).</source>
        <translation>Der Kunde wurde per %1 (%2) benachrichtigt.</translation>
    </message>
</context>
<context>
    <name>VerifyIdentity</name>
    <message>
        <location line="+18"/>
        <source>Send the client a one-time code on a channel they already control, before a 2FA option is disabled: the client reads it back, and disable-2fa --verification-code takes it. Removing Google Authenticator: SMS or e-mail; removing SMS confirmation: e-mail only. Valid 10 minutes, 3 attempts.</source>
        <translation>Dem Kunden einen Einmalcode auf einem Kanal senden, den er schon kontrolliert, bevor eine 2FA-Methode deaktiviert wird: Der Kunde liest ihn vor, und disable-2fa --verification-code nimmt ihn entgegen. Google Authenticator entfernen: SMS oder E-Mail; SMS-Bestätigung entfernen: nur E-Mail. 10 Minuten gültig, 3 Versuche.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the client&apos;s ID</source>
        <translation>die ID des Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>where the code goes: sms or email</source>
        <translation>wohin der Code geht: sms oder email</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>client ID</source>
        <translation>Kunden-ID</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--via is required: sms or email</source>
        <translation>--via ist erforderlich: sms oder email</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Code sent by %1 to %2. Ask the client to read it back; valid until %3, %n attempt(s).</source>
        <translation>
            <numerusform>Code per %1 an %2 gesendet. Bitten Sie den Kunden, ihn vorzulesen; gültig bis %3, %n Versuch.</numerusform>
            <numerusform>Code per %1 an %2 gesendet. Bitten Sie den Kunden, ihn vorzulesen; gültig bis %3, %n Versuche.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The provider&apos;s answer did not arrive whole: the code may or may not have arrived.</source>
        <translation>Die Antwort des Anbieters kam nicht vollständig an: Der Code ist vielleicht angekommen, vielleicht nicht.</translation>
    </message>
</context>
<context>
    <name>backoffice::CarrierLookupCheck</name>
    <message>
        <location filename="../core/diagnosis/checks/CarrierLookupCheck.cpp" line="+16"/>
        <source>Phone line with the carrier</source>
        <translation>Telefonanschluss beim Mobilfunkanbieter</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No enabled SMS provider offers a carrier lookup (Twilio does).</source>
        <translation>Kein aktivierter SMS-Anbieter bietet eine Abfrage beim Mobilfunkanbieter (Twilio schon).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The carrier could not be asked (%1).</source>
        <translation>Der Mobilfunkanbieter konnte nicht befragt werden (%1).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The carrier lookup failed: %1</source>
        <translation>Die Abfrage beim Mobilfunkanbieter ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an unnamed carrier</source>
        <translation>ein unbekanntes Netz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The line type is not available on this provider account (error %1).</source>
        <translation>Die Anschlussart ist für dieses Anbieterkonto nicht verfügbar (Fehler %1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SMS cannot reach a landline: %1 is a %2 line of %3.</source>
        <translation>SMS erreichen keinen Festnetzanschluss: %1 ist ein %2-Anschluss von %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the client for a mobile number, or switch them to Google Authenticator.</source>
        <translation>Bitten Sie den Kunden um eine Mobilnummer oder stellen Sie ihn auf Google Authenticator um.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a VoIP number of %2: carriers often filter SMS to such numbers.</source>
        <translation>%1 ist eine VoIP-Nummer von %2: Netze filtern SMS an solche Nummern oft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the SMS provider about delivery to %1, or suggest a mobile number or Google Authenticator.</source>
        <translation>Fragen Sie den SMS-Anbieter nach der Zustellung an %1, oder schlagen Sie eine Mobilnummer oder Google Authenticator vor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a mobile number of %2.</source>
        <translation>%1 ist eine Mobilnummer von %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If codes still do not arrive, ask the SMS provider about delivery to %1.</source>
        <translation>Wenn Codes weiterhin nicht ankommen, fragen Sie den SMS-Anbieter nach der Zustellung an %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a %2 line of %3, which may not receive SMS.</source>
        <translation>%1 ist ein %2-Anschluss von %3, der womöglich keine SMS empfängt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recent SIM swap</source>
        <translation>Kürzlicher SIM-Tausch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The carrier reports that the SIM of %1 was changed within the last 7 days.</source>
        <translation>Der Mobilfunkanbieter meldet, dass die SIM von %1 in den letzten 7 Tagen getauscht wurde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The caller may not be the client: do not verify them by SMS, and disable 2FA only with a colleague&apos;s approval.</source>
        <translation>Der Anrufer ist womöglich nicht der Kunde: Prüfen Sie ihn nicht per SMS und deaktivieren Sie die 2FA nur mit der Freigabe eines Kollegen.</translation>
    </message>
</context>
<context>
    <name>backoffice::SmsProviderCheck</name>
    <message>
        <location filename="../core/diagnosis/checks/SmsProviderCheck.cpp" line="+42"/>
        <source>%1: credentials accepted</source>
        <translation>%1: Zugangsdaten akzeptiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: balance sufficient</source>
        <translation>%1: Guthaben ausreichend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: service available</source>
        <translation>%1: Dienst verfügbar</translation>
    </message>
</context>
<context>
    <name>backoffice::SmsProviderConfigurationCheck</name>
    <message>
        <location filename="../core/diagnosis/checks/SmsProviderConfigurationCheck.cpp" line="+14"/>
        <source>SMS provider enabled and configured</source>
        <translation>SMS-Anbieter aktiviert und eingerichtet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The provider settings could not be read: %1</source>
        <translation>Die Anbietereinstellungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No SMS provider is set up, so no SMS code can be sent.</source>
        <translation>Es ist kein SMS-Anbieter eingerichtet, daher kann kein SMS-Code gesendet werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n SMS provider(s) set up, but none is enabled, so no SMS code can be sent.</source>
        <translation>
            <numerusform>%n SMS-Anbieter eingerichtet, aber er ist nicht aktiviert, daher kann kein SMS-Code gesendet werden.</numerusform>
            <numerusform>%n SMS-Anbieter eingerichtet, aber keiner ist aktiviert, daher kann kein SMS-Code gesendet werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In System &gt; SMS providers, edit the provider (such as Twilio), check its settings and turn on Enabled.</source>
        <translation>Bearbeiten Sie unter System &gt; SMS-Anbieter den Anbieter (etwa Twilio), prüfen Sie seine Einstellungen und schalten Sie „Aktiviert“ ein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no auth token / API secret stored</source>
        <translation>kein Auth-Token / API-Secret gespeichert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2) is enabled and its settings are complete.</source>
        <translation>%1 (%2) ist aktiviert und vollständig eingerichtet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) is enabled but its configuration is incomplete: %3.</source>
        <translation>%1 (%2) ist aktiviert, aber unvollständig eingerichtet: %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In System &gt; SMS providers, edit %1 and complete the highlighted fields.</source>
        <translation>Bearbeiten Sie unter System &gt; SMS-Anbieter %1 und füllen Sie die markierten Felder aus.</translation>
    </message>
</context>
<context>
    <name>backoffice::SmsRecentMessagesCheck</name>
    <message>
        <location filename="../core/diagnosis/checks/SmsRecentMessagesCheck.cpp" line="+28"/>
        <source>Recent SMS to the client&apos;s number</source>
        <translation>Letzte SMS an die Nummer des Kunden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The message log could not be read: %1</source>
        <translation>Das Nachrichtenprotokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No earlier SMS to %1 is in the message log; the test SMS of this diagnosis is reported in its own row.</source>
        <translation>Im Nachrichtenprotokoll ist keine frühere SMS an %1; die Test-SMS dieser Diagnose steht in einer eigenen Zeile.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No SMS to %1 is in the message log (it holds the messages sent through Back Office, such as test SMS).</source>
        <translation>Im Nachrichtenprotokoll ist keine SMS an %1 (es enthält die über Back Office gesendeten Nachrichten, etwa Test-SMS).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To see how the client&apos;s carrier handles SMS, run the diagnosis with a test SMS.</source>
        <translation>Um zu sehen, wie der Netzbetreiber des Kunden SMS behandelt, führen Sie die Diagnose mit einer Test-SMS aus.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>The outcome of %n is unknown.</source>
        <translation>
            <numerusform>Bei %n ist das Ergebnis unbekannt.</numerusform>
            <numerusform>Bei %n ist das Ergebnis unbekannt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The last SMS (%1, via %2) was delivered. %3</source>
        <translation>Die letzte SMS (%1, über %2) wurde zugestellt. %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The outcome of the last SMS (%1, via %2) is unknown: the request reached the provider but its answer did not arrive whole, so it may or may not have been sent. %3</source>
        <translation>Das Ergebnis der letzten SMS (%1, über %2) ist unbekannt: Die Anfrage hat den Anbieter erreicht, aber seine Antwort kam nicht vollständig an; sie wurde also vielleicht gesendet, vielleicht auch nicht. %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The last SMS (%1, via %2) was %3 without an error code. %4</source>
        <translation>Die letzte SMS (%1, über %2) hat den Status „%3“, ohne Fehlercode. %4</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>The last SMS (%1, via %2) is still &quot;%3&quot; after %n minute(s): no delivery receipt from the client&apos;s carrier, which is delaying or silently blocking it. %4</source>
        <translation>
            <numerusform>Die letzte SMS (%1, über %2) hat nach %n Minute noch immer den Status „%3“: keine Zustellbestätigung vom Netzbetreiber des Kunden, der sie verzögert oder stillschweigend blockiert. %4</numerusform>
            <numerusform>Die letzte SMS (%1, über %2) hat nach %n Minuten noch immer den Status „%3“: keine Zustellbestätigung vom Netzbetreiber des Kunden, der sie verzögert oder stillschweigend blockiert. %4</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refresh the status on the client&apos;s SMS tab. If it stays like this: %1 Meanwhile suggest Google Authenticator.</source>
        <translation>Aktualisieren Sie den Status auf dem Reiter „SMS“ des Kunden. Bleibt es dabei: %1 Schlagen Sie bis dahin Google Authenticator vor.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The last SMS (%1, via %2) was %3 with error %4: %5 %6</source>
        <translation>Die letzte SMS (%1, über %2) hat den Status „%3“ mit Fehler %4: %5 %6</translation>
    </message>
    <message numerus="yes">
        <location line="-26"/>
        <source>%1 of the last %n message(s) failed.</source>
        <translation>
            <numerusform>Fehlgeschlagen: %1 der letzten %n Nachricht.</numerusform>
            <numerusform>Fehlgeschlagen: %1 der letzten %n Nachrichten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The last SMS (%1, via %2) is on its way (%3). %4</source>
        <translation>Die letzte SMS (%1, über %2) ist unterwegs (%3). %4</translation>
    </message>
</context>
<context>
    <name>backoffice::SmsTestMessageCheck</name>
    <message>
        <location filename="../core/diagnosis/checks/SmsTestMessageCheck.cpp" line="+29"/>
        <source>Test SMS to %1 via %2</source>
        <translation>Test-SMS an %1 über %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Back Office test message: your phone receives SMS from us. No action is needed.</source>
        <translation>Testnachricht von Back Office: Ihr Telefon empfängt SMS von uns. Sie müssen nichts tun.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Test SMS %1 to %2: </source>
        <translation>Test-SMS %1 an %2: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>delivered to the phone.</source>
        <translation>auf das Telefon zugestellt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Contact the provider with the message ID %1 to learn why.</source>
        <translation>Wenden Sie sich mit der Nachrichten-ID %1 an den Anbieter, um den Grund zu erfahren.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>still &quot;%1&quot; after %2 s: the carrier has not confirmed delivery.</source>
        <translation>nach %2 s noch immer „%1“: Der Netzbetreiber hat die Zustellung nicht bestätigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the client whether the test SMS arrived. If not, the client&apos;s carrier is delaying or blocking it: contact the provider with the message ID %1.</source>
        <translation>Fragen Sie den Kunden, ob die Test-SMS angekommen ist. Falls nicht, verzögert oder blockiert der Netzbetreiber des Kunden sie: Wenden Sie sich mit der Nachrichten-ID %1 an den Anbieter.</translation>
    </message>
</context>
<context>
    <name>backoffice::cli::OperatorsAdd</name>
    <message>
        <location filename="../app/cli/OperatorsCommands.cpp" line="-107"/>
        <source>invalid --role %1: use viewer, support or admin</source>
        <translation>ungültiges --role %1: Verwenden Sie viewer, support oder admin</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>invalid --role %1: the first operator must be an admin</source>
        <translation>ungültiges --role %1: Der erste Mitarbeiter muss admin sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid user name %1: %2</source>
        <translation>ungültiger Benutzername %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created the first administrator</source>
        <translation>Erster Administrator angelegt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created operator</source>
        <translation>Mitarbeiter angelegt</translation>
    </message>
</context>
<context>
    <name>backoffice::cli::OperatorsList</name>
    <message>
        <location line="-46"/>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, locked until %2</source>
        <translation>%1, gesperrt bis %2</translation>
    </message>
</context>
<context>
    <name>backoffice::cli::OperatorsResetPassword</name>
    <message>
        <location line="+103"/>
        <source>Password reset for</source>
        <translation>Passwort zurückgesetzt für</translation>
    </message>
</context>
<context>
    <name>backoffice::cli::OperatorsSetDisabled</name>
    <message>
        <location line="-43"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
</context>
<context>
    <name>backoffice::cli::OperatorsSetRole</name>
    <message>
        <location line="+18"/>
        <source>invalid role %1: use viewer, support or admin</source>
        <translation>ungültige Rolle %1: Verwenden Sie viewer, support oder admin</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Role set:</source>
        <translation>Rolle gesetzt:</translation>
    </message>
</context>
<context>
    <name>backoffice::ui::AuditPage</name>
    <message>
        <location filename="../ui/audit/AuditPage.cpp" line="+40"/>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;To</source>
        <translation>B&amp;is</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check &amp;integrity</source>
        <translation>Integrität &amp;prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audit log</source>
        <translation>Audit-Log</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client ID filter</source>
        <translation>Filter Kunden-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client ID</source>
        <translation>Kunden-ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the client ID filter</source>
        <translation>Client-ID-Filter leeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operator filter</source>
        <translation>Filter Mitarbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the operator filter</source>
        <translation>Mitarbeiterfilter leeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action filter</source>
        <translation>Filter Aktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter from a date</source>
        <translation>Ab einem Datum filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From date</source>
        <translation>Von Datum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter up to a date</source>
        <translation>Bis zu einem Datum filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audit log integrity</source>
        <translation>Integrität des Audit-Logs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the audit log&apos;s integrity</source>
        <translation>Integrität des Audit-Logs prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the shown events to CSV</source>
        <translation>Die angezeigten Ereignisse als CSV exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit events</source>
        <translation>Audit-Ereignisse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The audit log could not be read: %1</source>
        <translation>Das Audit-Log konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+112"/>
        <source>Checking the audit log&apos;s integrity… %1 of %n event(s)</source>
        <translation>
            <numerusform>Integrität des Audit-Logs wird geprüft … %1 von %n Ereignis</numerusform>
            <numerusform>Integrität des Audit-Logs wird geprüft … %1 von %n Ereignissen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>%n events exported to %1.</source>
        <translation>
            <numerusform>%n Ereignis nach %1 exportiert.</numerusform>
            <numerusform>%n Ereignisse nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Checking the audit log&apos;s integrity…</source>
        <translation>Integrität des Audit-Logs wird geprüft …</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Integrity check cancelled.</source>
        <translation>Integritätsprüfung abgebrochen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The integrity check failed: %1</source>
        <translation>Die Integritätsprüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export audit log</source>
        <translation>Audit-Log exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exporting the audit log…</source>
        <translation>Audit-Log wird exportiert …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
</context>
<context>
    <name>backoffice::ui::AuditTableModel</name>
    <message>
        <location filename="../ui/audit/AuditTableModel.cpp" line="+126"/>
        <source>Event #%1 · %2</source>
        <translation>Ereignis Nr. %1 · %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operator</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>backoffice::ui::CheckCodeWidget</name>
    <message>
        <location filename="../ui/twofactor/CheckCodeWidget.cpp" line="+23"/>
        <location line="+7"/>
        <source>Check a code</source>
        <translation>Code prüfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the client to read out the code Google Authenticator shows now, and type it here.</source>
        <translation>Bitten Sie den Kunden, den Code vorzulesen, den Google Authenticator gerade anzeigt, und geben Sie ihn hier ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code the client reads out</source>
        <translation>Vom Kunden vorgelesener Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6 to 8 digits</source>
        <translation>6 bis 8 Ziffern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the code</source>
        <translation>Den Code prüfen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Result of the check</source>
        <translation>Ergebnis der Prüfung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checks left</source>
        <translation>Verbleibende Prüfungen</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+86"/>
        <source>Your role does not allow checking codes; ask a support operator.</source>
        <translation>Ihre Rolle erlaubt keine Codeprüfung; fragen Sie einen Support-Mitarbeiter.</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Type all the digits the app shows (6 to 8).</source>
        <translation>Geben Sie alle Ziffern ein, die die App anzeigt (6 bis 8).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Valid: the code is right. The client&apos;s app holds the right secret and its clock is correct.</source>
        <translation>Gültig: Der Code stimmt. Die App des Kunden hat den richtigen geheimen Schlüssel und ihre Uhr geht richtig.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The code is right, but the device clock is about %n minute(s) ahead.</source>
        <translation>
            <numerusform>Der Code stimmt, aber die Uhr des Geräts geht etwa %n Minute vor.</numerusform>
            <numerusform>Der Code stimmt, aber die Uhr des Geräts geht etwa %n Minuten vor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The code is right, but the device clock is about %n minute(s) behind.</source>
        <translation>
            <numerusform>Der Code stimmt, aber die Uhr des Geräts geht etwa %n Minute nach.</numerusform>
            <numerusform>Der Code stimmt, aber die Uhr des Geräts geht etwa %n Minuten nach.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The check failed: %1</source>
        <translation>Die Prüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n of %1 checks left; resets at %2</source>
        <translation>
            <numerusform>Noch %n von %1 Prüfungen übrig; zurückgesetzt ab %2</numerusform>
            <numerusform>Noch %n von %1 Prüfungen übrig; zurückgesetzt ab %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n of %1 checks left</source>
        <translation>
            <numerusform>Noch %n von %1 Prüfungen übrig</numerusform>
            <numerusform>Noch %n von %1 Prüfungen übrig</numerusform>
        </translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Tell the client to turn on automatic date and time in the phone&apos;s settings. In Google Authenticator on Android: Settings &gt; Time correction for codes &gt; Sync now.</source>
        <translation>Bitten Sie den Kunden, in den Einstellungen des Telefons Datum und Uhrzeit automatisch einstellen zu lassen. In Google Authenticator unter Android: Einstellungen &gt; Zeitkorrektur für Codes &gt; Jetzt synchronisieren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No match within 24 hours: the client&apos;s app holds another secret or another account. Disable Google Authenticator for this client and let them enrol again.</source>
        <translation>Keine Übereinstimmung innerhalb von 24 Stunden: Die App des Kunden hat einen anderen geheimen Schlüssel oder ein anderes Konto. Deaktivieren Sie Google Authenticator für diesen Kunden und lassen Sie ihn die App neu einrichten.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Too many checks for this client: 10 are allowed per 10 minutes. Try again at %1.</source>
        <translation>Zu viele Prüfungen für diesen Kunden: 10 sind pro 10 Minuten erlaubt. Versuchen Sie es ab %1 erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This client does not have Google Authenticator on.</source>
        <translation>Bei diesem Kunden ist Google Authenticator nicht aktiv.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is not a code from this client&apos;s app: type all the digits the app shows.</source>
        <translation>Das ist kein Code aus der App dieses Kunden: Geben Sie alle Ziffern ein, die die App anzeigt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This client no longer exists.</source>
        <translation>Diesen Kunden gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Codes cannot be checked: this database&apos;s data key is not in the keychain. Import it with &apos;backoffice-cli keys import&apos; from a desktop that has it.</source>
        <translation>Codes können nicht geprüft werden: Der Datenschlüssel dieser Datenbank ist nicht im Schlüsselbund. Importieren Sie ihn mit &apos;backoffice-cli keys import&apos; von einem Arbeitsplatz, der ihn hat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Codes cannot be checked: the system keychain is unavailable or locked. Unlock it (or sign in again) and reopen the client.</source>
        <translation>Codes können nicht geprüft werden: Der Schlüsselbund des Systems ist nicht verfügbar oder gesperrt. Entsperren Sie ihn (oder melden Sie sich erneut an) und öffnen Sie den Kunden erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Codes cannot be checked: the client&apos;s secret cannot be decrypted (wrong data key or damaged data).</source>
        <translation>Codes können nicht geprüft werden: Der geheime Schlüssel des Kunden kann nicht entschlüsselt werden (falscher Datenschlüssel oder beschädigte Daten).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No checks left for this client; the next is allowed at %1.</source>
        <translation>Für diesen Kunden sind keine Prüfungen mehr übrig; die nächste ist ab %1 erlaubt.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Google Authenticator is off for this client: there is no code to check.</source>
        <translation>Google Authenticator ist für diesen Kunden ausgeschaltet: Es gibt keinen Code zu prüfen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>backoffice::ui::ClientDetailsDialog</name>
    <message>
        <location filename="../ui/clients/ClientDetailsDialog.cpp" line="+58"/>
        <source>Client details</source>
        <translation>Kundendetails</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Client ID</source>
        <translation>Kunden-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phone number note</source>
        <translation>Hinweis zur Telefonnummer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created:</source>
        <translation>Angelegt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>2FA</source>
        <translation>2FA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two-factor authentication</source>
        <translation>Zwei-Faktor-Authentifizierung (2FA)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google Authenticator:</source>
        <translation>Google Authenticator:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google Authenticator state</source>
        <translation>Status von Google Authenticator</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Disable…</source>
        <translation>Deaktivieren…</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Disable Google Authenticator</source>
        <translation>Google Authenticator deaktivieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMS confirmation:</source>
        <translation>SMS-Bestätigung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS confirmation state</source>
        <translation>Status der SMS-Bestätigung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disable SMS confirmation</source>
        <translation>SMS-Bestätigung deaktivieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No 2FA option is on. Only the client can turn one on, in the Security section of the client UI; operators can never turn a method on.</source>
        <translation>Keine 2FA-Methode ist aktiv. Nur der Kunde kann eine einschalten, im Bereich „Sicherheit“ des Kundenportals; Mitarbeiter können nie eine Methode einschalten.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Client %1 no longer exists.</source>
        <translation>Kunde %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client could not be read: %1</source>
        <translation>Der Kunde konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The window shows the current state.</source>
        <translation>Das Fenster zeigt den aktuellen Stand.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Client %1: %2</source>
        <translation>Kunde %1: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Not a valid number for %1 according to the numbering plan; the plan&apos;s data may predate a new range. Send a test SMS to be sure.</source>
        <translation>Laut Nummerierungsplan keine gültige Nummer für %1; die Daten des Plans sind eventuell älter als ein neuer Nummernbereich. Senden Sie zur Sicherheit eine Test-SMS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its country</source>
        <translation>ihr Land</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On (since %1)</source>
        <translation>Aktiv (seit %1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>On (since %1), to %2</source>
        <translation>Aktiv (seit %1), an %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your role does not allow disabling 2FA.</source>
        <translation>Ihre Rolle erlaubt nicht, 2FA zu deaktivieren.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The caller&apos;s identity cannot be verified here, so 2FA cannot be disabled from this window.</source>
        <translation>Die Identität des Anrufers kann hier nicht bestätigt werden, daher kann 2FA in diesem Fenster nicht deaktiviert werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The caller&apos;s identity cannot be verified: %1</source>
        <translation>Die Identität des Anrufers kann nicht bestätigt werden: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is now off. The change is recorded in the audit log.</source>
        <translation>%1 ist jetzt aus. Die Änderung ist im Audit-Log festgehalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telling the client…</source>
        <translation>Der Kunde wird benachrichtigt…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Request %1 is waiting for a colleague&apos;s approval (Clients &gt; Pending approvals). %2 stays on until then.</source>
        <translation>Antrag %1 wartet auf die Freigabe durch einen Kollegen (Kunden &gt; Offene Freigaben). %2 bleibt bis dahin aktiv.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was changed: the client was changed elsewhere since you opened it (%1). The view now shows the current state; check it and try again if still needed.</source>
        <translation>Es wurde nichts geändert: Der Kunde wurde anderswo geändert, seit Sie ihn geöffnet haben (%1). Die Ansicht zeigt jetzt den aktuellen Stand; prüfen Sie ihn und versuchen Sie es bei Bedarf erneut.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Google Authenticator</source>
        <translation>Google Authenticator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SMS confirmation</source>
        <translation>SMS-Bestätigung</translation>
    </message>
</context>
<context>
    <name>backoffice::ui::ClientListModel</name>
    <message>
        <location filename="../ui/clients/ClientListModel.cpp" line="+19"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google Authenticator</source>
        <translation>Google Authenticator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2FA</source>
        <translation>2FA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabled at</source>
        <translation>Aktiviert am</translation>
    </message>
</context>
<context>
    <name>backoffice::ui::ClientSmsHistoryWidget</name>
    <message>
        <location filename="../ui/sms/ClientSmsHistoryWidget.cpp" line="+43"/>
        <source>SMS sent to the client</source>
        <translation>An den Kunden gesendete SMS</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No SMS</source>
        <translation>Keine SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No SMS was sent to this client through Back Office.</source>
        <translation>An diesen Kunden wurde keine SMS über Back Office gesendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No SMS was sent to %1 through Back Office.</source>
        <translation>An %1 wurde keine SMS über Back Office gesendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh status</source>
        <translation>&amp;Status aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh status</source>
        <translation>Status aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the providers for the current status of the messages not delivered or failed yet.</source>
        <translation>Die Anbieter nach dem aktuellen Status der Nachrichten fragen, die noch nicht zugestellt oder fehlgeschlagen sind.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status refresh progress</source>
        <translation>Fortschritt der Statusaktualisierung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel status refresh</source>
        <translation>Statusaktualisierung abbrechen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Every message has its final status already.</source>
        <translation>Jede Nachricht hat bereits ihren endgültigen Status.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Asking the providers for the current status…</source>
        <translation>Die Anbieter werden nach dem aktuellen Status gefragt …</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Refresh cancelled: %n message(s) updated.</source>
        <translation>
            <numerusform>Aktualisierung abgebrochen: %n Nachricht aktualisiert.</numerusform>
            <numerusform>Aktualisierung abgebrochen: %n Nachrichten aktualisiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n message(s) updated; the provider could not answer for %1.</source>
        <translation>
            <numerusform>%n Nachricht aktualisiert; für %1 konnte der Anbieter nicht antworten.</numerusform>
            <numerusform>%n Nachrichten aktualisiert; für %1 konnte der Anbieter nicht antworten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n message(s) updated.</source>
        <translation>
            <numerusform>%n Nachricht aktualisiert.</numerusform>
            <numerusform>%n Nachrichten aktualisiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backoffice::ui::ClientsPage</name>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="+37"/>
        <location line="+35"/>
        <source>Clients</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Search by ID, name, e-mail or phone</source>
        <translation>Nach ID, Name, E-Mail oder Telefon suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search clients</source>
        <translation>Kunden suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;2FA:</source>
        <translation>&amp;2FA:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2FA method filter</source>
        <translation>Filter 2FA-Methode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google Authenticator</source>
        <translation>Google Authenticator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2FA methods</source>
        <translation>2FA-Methoden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation>B&amp;earbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected client</source>
        <translation>Den ausgewählten Kunden bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Diagnose…</source>
        <translation>Dia&amp;gnose…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnose the selected client</source>
        <translation>Den ausgewählten Kunden diagnostizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check every possible reason why this client gets no 2FA codes</source>
        <translation>Alle möglichen Gründe prüfen, warum dieser Kunde keine 2FA-Codes erhält</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Number of clients found</source>
        <translation>Anzahl gefundener Kunden</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1+ clients</source>
        <translation>%1+ Kunden</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln Kunde</numerusform>
            <numerusform>%Ln Kunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No client matches this search. Search by ID, name, e-mail or the last digits of a phone number, or change the 2FA filter.</source>
        <translation>Kein Kunde passt zu dieser Suche. Suchen Sie nach ID, Name, E-Mail oder den letzten Ziffern einer Telefonnummer, oder ändern Sie den 2FA-Filter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no clients in this database yet. Import them with &apos;backoffice-cli clients import FILE.csv&apos;.</source>
        <translation>In dieser Datenbank gibt es noch keine Kunden. Importieren Sie sie mit &apos;backoffice-cli clients import DATEI.csv&apos;.</translation>
    </message>
</context>
<context>
    <name>backoffice::ui::DemoDataOffer</name>
    <message>
        <location filename="../ui/clients/DemoDataOffer.cpp" line="+25"/>
        <source>Create demo data?</source>
        <translation>Demodaten anlegen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database has no clients yet.

Create realistic demo clients to try Back Office? How many:</source>
        <translation>Diese Datenbank hat noch keine Kunden.

Realistische Demokunden anlegen, um Back Office auszuprobieren? Wie viele:</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+15"/>
        <location line="+18"/>
        <source>Demo data</source>
        <translation>Demodaten</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>The demo clients were not created: the data key that protects authenticator secrets is unavailable (%1).</source>
        <translation>Die Demokunden wurden nicht angelegt: Der Datenschlüssel, der die geheimen Authenticator-Schlüssel schützt, ist nicht verfügbar (%1).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Creating %Ln demo client(s)…</source>
        <translation>
            <numerusform>%Ln Demokunde wird angelegt …</numerusform>
            <numerusform>%Ln Demokunden werden angelegt …</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo data progress</source>
        <translation>Fortschritt der Demodaten</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The demo clients were not created: %1</source>
        <translation>Die Demokunden wurden nicht angelegt: %1</translation>
    </message>
</context>
<context>
    <name>backoffice::ui::DiagnosisDialog</name>
    <message>
        <location filename="../ui/diagnosis/DiagnosisDialog.cpp" line="+57"/>
        <source>Diagnose %1</source>
        <translation>Diagnose: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Why doesn&apos;t %1 (client %2) get 2FA codes?&lt;/b&gt; Every possible reason that applies to the client&apos;s 2FA method is checked at once.</source>
        <translation>&lt;b&gt;Warum erhält %1 (Kunde %2) keine 2FA-Codes?&lt;/b&gt; Alle möglichen Gründe, die zur 2FA-Methode des Kunden passen, werden auf einmal geprüft.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>optional: the code the client reads from the app</source>
        <translation>optional: der Code, den der Kunde aus der App vorliest</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code from the client</source>
        <translation>Code vom Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a code, the diagnosis also tells whether the client&apos;s device clock is off. The code is never stored.</source>
        <translation>Mit einem Code zeigt die Diagnose auch, ob die Uhr des Geräts des Kunden falsch geht. Der Code wird nie gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code from the &amp;client:</source>
        <translation>Code vom &amp;Kunden:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also send a test SMS to %1 and follow its delivery</source>
        <translation>Auch eine Test-SMS an %1 senden und ihre Zustellung verfolgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a test SMS</source>
        <translation>Eine Test-SMS senden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Also ask the carrier about %1: line type, SIM swap (billed by the provider)</source>
        <translation>Auch den Mobilfunkanbieter zu %1 befragen: Anschlussart, SIM-Tausch (vom Anbieter berechnet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the carrier about the phone number</source>
        <translation>Den Mobilfunkanbieter zur Telefonnummer befragen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Diagnosis progress</source>
        <translation>Fortschritt der Diagnose</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%v of %m checks</source>
        <translation>%v von %m Prüfungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Diagnosis summary</source>
        <translation>Zusammenfassung der Diagnose</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evidence</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What to do</source>
        <translation>Was tun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Run diagnosis</source>
        <translation>Diagnose &amp;starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run diagnosis</source>
        <translation>Diagnose starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;ancel diagnosis</source>
        <translation>Diagnose a&amp;bbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel diagnosis</source>
        <translation>Diagnose abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy report</source>
        <translation>Bericht k&amp;opieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy report as text</source>
        <translation>Bericht als Text kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save report…</source>
        <translation>Bericht s&amp;peichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save report as HTML or PDF</source>
        <translation>Bericht als HTML oder PDF speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checked: %1</source>
        <translation>Geprüft: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your role does not allow diagnosing clients.</source>
        <translation>Ihre Rolle erlaubt keine Diagnose von Kunden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Diagnosis of %1</source>
        <translation>Diagnose von %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cancelled: the checks that had not finished are marked &quot;Could not check&quot;.</source>
        <translation>Abgebrochen: Die nicht beendeten Prüfungen sind als „Nicht prüfbar“ markiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problem found: every check is OK.</source>
        <translation>Kein Problem gefunden: Alle Prüfungen sind OK.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n could not be checked</source>
        <translation>
            <numerusform>%n nicht prüfbar</numerusform>
            <numerusform>%n nicht prüfbar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The diagnosis could not run: %1</source>
        <translation>Die Diagnose konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Report copied to the clipboard.</source>
        <translation>Bericht in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save diagnosis report</source>
        <translation>Diagnosebericht speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf);;HTML page (*.html)</source>
        <translation>PDF-Dokument (*.pdf);;HTML-Seite (*.html)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The report could not be saved: %1</source>
        <translation>Der Bericht konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report saved to %1.</source>
        <translation>Bericht unter %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>backoffice::ui::DisableTwoFactorDialog</name>
    <message>
        <location filename="../ui/clients/DisableTwoFactorDialog.cpp" line="+58"/>
        <location line="+138"/>
        <source>Disable %1</source>
        <translation>%1 deaktivieren</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>&lt;b&gt;Disable %1 for %2 (ID %3)?&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 für %2 (ID %3) deaktivieren?&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Disabling two-factor authentication removes a layer of protection from the client&apos;s account. Do it only at the client&apos;s explicit request and under the client&apos;s own responsibility.</source>
        <translation>Das Deaktivieren der Zwei-Faktor-Authentifizierung (2FA) entfernt eine Schutzebene vom Konto des Kunden. Tun Sie es nur auf ausdrücklichen Wunsch des Kunden und in dessen eigener Verantwortung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The authenticator secret is erased: to use Google Authenticator again the client sets it up anew in the Security section of the client UI.</source>
        <translation>Der geheime Authenticator-Schlüssel wird gelöscht: Um Google Authenticator wieder zu nutzen, richtet der Kunde ihn im Bereich „Sicherheit“ des Kundenportals neu ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client can turn SMS confirmation on again in the Security section of the client UI.</source>
        <translation>Der Kunde kann die SMS-Bestätigung im Bereich „Sicherheit“ des Kundenportals wieder einschalten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1. Verify the caller</source>
        <translation>1. Den Anrufer prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify the caller</source>
        <translation>Den Anrufer prüfen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where the code goes</source>
        <translation>Wohin der Code geht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no phone number on file</source>
        <translation>keine Telefonnummer hinterlegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS to %1</source>
        <translation>SMS an %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no e-mail address on file</source>
        <translation>keine E-Mail-Adresse hinterlegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail to %1</source>
        <translation>E-Mail an %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail to %1 (e-mail is not set up)</source>
        <translation>E-Mail an %1 (E-Mail ist nicht eingerichtet)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;hannel:</source>
        <translation>Ka&amp;nal:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Se&amp;nd code</source>
        <translation>Code &amp;senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a code to the client</source>
        <translation>Einen Code an den Kunden senden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sending the code</source>
        <translation>Der Code wird gesendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code sending status</source>
        <translation>Status des Codeversands</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SIM swap warning</source>
        <translation>Warnung vor SIM-Tausch</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Code:</source>
        <translation>C&amp;ode:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code the client reads out</source>
        <translation>Vom Kunden vorgelesener Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>six digits</source>
        <translation>sechs Ziffern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chec&amp;k code</source>
        <translation>Code &amp;prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the code</source>
        <translation>Den Code prüfen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Code check result</source>
        <translation>Ergebnis der Codeprüfung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>2. Confirm</source>
        <translation>2. Bestätigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>The client explicitly asked for this</source>
        <translation>Der Kunde hat ausdrücklich darum gebeten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. ticket SUP-1234: lost phone</source>
        <translation>z. B. Ticket SUP-1234: Telefon verloren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason or ticket reference</source>
        <translation>Grund oder Ticketnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason or ticket reference:</source>
        <translation>&amp;Grund oder Ticketnummer:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason rule</source>
        <translation>Regel für den Grund</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>A ticket reference (like SUP-1234) or at least %n characters.</source>
        <translation>
            <numerusform>Eine Ticketnummer (wie SUP-1234) oder mindestens %n Zeichen.</numerusform>
            <numerusform>Eine Ticketnummer (wie SUP-1234) oder mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Or: ask a colleague to approve</source>
        <translation>Oder: einen Kollegen um Freigabe bitten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Ask a colleague to approve</source>
        <translation>Einen Kollegen um Freigabe bitten</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>How was identity checked</source>
        <translation>Wie die Identität geprüft wurde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. passport seen at the branch</source>
        <translation>z. B. Reisepass in der Filiale gesehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How was &amp;identity checked:</source>
        <translation>Wie wurde die &amp;Identität geprüft:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ask a colleague to approve</source>
        <translation>Einen &amp;Kollegen um Freigabe bitten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Nothing can be disabled or requested from this dialog any more: cancel, check the client&apos;s current state and start again if still needed.</source>
        <translation>In diesem Dialog kann nichts mehr deaktiviert oder beantragt werden: Brechen Sie ab, prüfen Sie den aktuellen Stand des Kunden und beginnen Sie bei Bedarf neu.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Sending the code…</source>
        <translation>Der Code wird gesendet…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code sent by %1 to %2. Ask the client to read it out; valid until %3.</source>
        <translation>Code per %1 an %2 gesendet. Bitten Sie den Kunden, ihn vorzulesen; gültig bis %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The answer did not arrive whole: the code may or may not have arrived.</source>
        <translation>Die Antwort kam nicht vollständig an: Der Code ist möglicherweise angekommen, möglicherweise nicht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No code was sent: %1</source>
        <translation>Es wurde kein Code gesendet: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning: the carrier reports a recent SIM swap on the client&apos;s number. The caller may not be the client. No code can prove who is calling: only a colleague&apos;s approval remains (below).</source>
        <translation>Warnung: Der Netzbetreiber meldet einen kürzlichen SIM-Tausch für die Nummer des Kunden. Der Anrufer ist womöglich nicht der Kunde. Kein Code kann beweisen, wer anruft: Es bleibt nur die Freigabe durch einen Kollegen (unten).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Verified: the caller read back the code sent to %1.</source>
        <translation>Bestätigt: Der Anrufer hat den an %1 gesendeten Code vorgelesen.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Wrong code. %n attempt(s) left.</source>
        <translation>
            <numerusform>Falscher Code. Noch %n Versuch.</numerusform>
            <numerusform>Falscher Code. Noch %n Versuche.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Locked: too many wrong codes. Send a new code, or ask a colleague to approve.</source>
        <translation>Gesperrt: zu viele falsche Codes. Senden Sie einen neuen Code oder bitten Sie einen Kollegen um Freigabe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The code expired. Send a new one.</source>
        <translation>Der Code ist abgelaufen. Senden Sie einen neuen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No code is open for this client: send one first.</source>
        <translation>Für diesen Kunden ist kein Code offen: Senden Sie zuerst einen.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No request was filed: %1</source>
        <translation>Es wurde kein Antrag gestellt: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Nothing was changed: %1</source>
        <translation>Es wurde nichts geändert: %1</translation>
    </message>
</context>
<context>
    <name>backoffice::ui::EmailSettingsPage</name>
    <message>
        <location filename="../ui/email/EmailSettingsPage.cpp" line="+35"/>
        <source>The server that sends identity codes to clients and tells them when a 2FA option was turned off. Certificates are always verified; no encryption is only allowed to a server on this computer.</source>
        <translation>Der Server, der Identitätscodes an Kunden sendet und ihnen mitteilt, wenn eine 2FA-Methode ausgeschaltet wurde. Zertifikate werden immer geprüft; ohne Verschlüsselung nur zu einem Server auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SMTP server</source>
        <translation>SMTP-Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP &amp;server:</source>
        <translation>SMTP-&amp;Server:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (meist Port 587)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS from the start (usually port 465)</source>
        <translation>TLS von Anfang an (meist Port 465)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None (only to this computer)</source>
        <translation>Keine (nur zu diesem Computer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encryption choices</source>
        <translation>Auswahl der Verschlüsselung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encryption:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMTP user name</source>
        <translation>SMTP-Benutzername</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty when the server needs no sign-in</source>
        <translation>leer, wenn der Server keine Anmeldung braucht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SMTP password</source>
        <translation>SMTP-Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sender address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>support@broker.example</source>
        <translation>support@broker.example</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sen&amp;der address:</source>
        <translation>&amp;Absenderadresse:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact line of client notices</source>
        <translation>Kontaktzeile der Kundenbenachrichtigungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notices end &amp;with:</source>
        <translation>Benachrichtigungen enden &amp;mit:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sa&amp;ve</source>
        <translation>Spei&amp;chern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the e-mail settings</source>
        <translation>Die E-Mail-Einstellungen speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test e-mail address</source>
        <translation>Adresse für die Test-E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address for a test e-mail</source>
        <translation>Adresse für eine Test-E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send &amp;test e-mail</source>
        <translation>&amp;Test-E-Mail senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a test e-mail</source>
        <translation>Eine Test-E-Mail senden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload the e-mail settings</source>
        <translation>E-Mail-Einstellungen neu laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the settings as they are stored now; unsaved edits are discarded</source>
        <translation>Die Einstellungen so zeigen, wie sie jetzt gespeichert sind; ungespeicherte Änderungen werden verworfen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Only administrators change the e-mail settings.</source>
        <translation>Nur Administratoren ändern die E-Mail-Einstellungen.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>saved in the keychain; type to replace</source>
        <translation>im Schlüsselbund gespeichert; zum Ersetzen tippen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not saved</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The page shows the current settings.</source>
        <translation>Die Seite zeigt die aktuellen Einstellungen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saving your edits would overwrite it: reload to see the current settings, then make your change again.</source>
        <translation>Speichern Ihrer Änderungen würde sie überschreiben: Laden Sie neu, um die aktuellen Einstellungen zu sehen, und nehmen Sie Ihre Änderung dann erneut vor.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The contact line was not saved: %1</source>
        <translation>Die Kontaktzeile wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E-mail settings saved.</source>
        <translation>E-Mail-Einstellungen gespeichert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saving the password in the keychain…</source>
        <translation>Das Passwort wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E-mail settings saved; the password is in the keychain.</source>
        <translation>E-Mail-Einstellungen gespeichert; das Passwort ist im Schlüsselbund.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The settings were saved, the password not: %1</source>
        <translation>Die Einstellungen wurden gespeichert, das Passwort nicht: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type the address the test e-mail goes to.</source>
        <translation>Geben Sie die Adresse ein, an die die Test-E-Mail geht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back Office test e-mail</source>
        <translation>Back Office Test-E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a test e-mail from Back Office, sent by %1. If it arrived, clients receive identity codes and notices from this server.</source>
        <translation>Dies ist eine Test-E-Mail von Back Office, gesendet von %1. Wenn sie angekommen ist, erhalten Kunden Identitätscodes und Benachrichtigungen über diesen Server.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sending a test e-mail to %1…</source>
        <translation>Test-E-Mail an %1 wird gesendet…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Test e-mail sent to %1.</source>
        <translation>Test-E-Mail an %1 gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The test e-mail was not sent: %1</source>
        <translation>Die Test-E-Mail wurde nicht gesendet: %1</translation>
    </message>
</context>
<context>
    <name>backoffice::ui::FirstAdministratorDialog</name>
    <message>
        <location filename="../ui/operators/FirstAdministratorDialog.cpp" line="+26"/>
        <location line="+2"/>
        <source>Create the first administrator</source>
        <translation>Ersten Administrator anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database has no operator accounts yet. Create the administrator account that will manage the other operators.</source>
        <translation>Diese Datenbank hat noch keine Mitarbeiterkonten. Legen Sie das Administratorkonto an, das die anderen Mitarbeiter verwaltet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>at least %n characters</source>
        <translation>
            <numerusform>mind. %n Zeichen</numerusform>
            <numerusform>mind. %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Create administrator</source>
        <translation>Administrator anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>backoffice::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+38"/>
        <source>Back Office</source>
        <translation>Back Office</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sections and pages of Back Office</source>
        <translation>Bereiche und Seiten von Back Office</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;team database…</source>
        <translation>&amp;Team-Datenbank öffnen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find client…</source>
        <translation>Kunden &amp;suchen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Back Office</source>
        <translation>&amp;Über Back Office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Quit Back Office</source>
        <translation>Back Office beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is still running and will be cancelled:

• %1

Quit anyway?</source>
        <translation>Das läuft noch und wird abgebrochen:

• %1

Trotzdem beenden?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit and cancel</source>
        <translation>&amp;Beenden und abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep working</source>
        <translation>&amp;Weiterarbeiten</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>About Back Office</source>
        <translation>Über Back Office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Back Office %1&lt;/h3&gt;&lt;p&gt;Helps support operators when a client does not receive or cannot use two-factor authentication codes.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Back Office %1&lt;/h3&gt;&lt;p&gt;Hilft Support-Mitarbeitern, wenn ein Kunde keine Codes der Zwei-Faktor-Authentifizierung (2FA) erhält oder sie nicht nutzen kann.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>backoffice::ui::OperatorFormDialog</name>
    <message>
        <location filename="../ui/operators/OperatorFormDialog.cpp" line="+30"/>
        <location line="+37"/>
        <source>Add operator</source>
        <translation>Mitarbeiter hinzufügen</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Reset password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>at least %n characters</source>
        <translation>
            <numerusform>mind. %n Zeichen</numerusform>
            <numerusform>mind. %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;epeat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set password</source>
        <translation>Passwort festlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>backoffice::ui::OperatorSession</name>
    <message>
        <location filename="../ui/session/OperatorSession.cpp" line="+69"/>
        <source>Authenticator secrets are unavailable: %1</source>
        <translation>Geheime Authenticator-Schlüssel sind nicht verfügbar: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+8"/>
        <source>Clients</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pending approvals</source>
        <translation>Offene Freigaben</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+4"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>SMS providers</source>
        <translation>SMS-Anbieter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SMS delivery</source>
        <translation>SMS-Zustellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit log</source>
        <translation>Audit-Log</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Operators</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SMS provider health</source>
        <translation>Zustand der SMS-Anbieter</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Signed in as %1 (%2)</source>
        <translation>Angemeldet als %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed-in operator</source>
        <translation>Angemeldeter Mitarbeiter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Operator</source>
        <translation>&amp;Mitarbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Switch operator…</source>
        <translation>Mitarbeiter &amp;wechseln…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Check System &gt; SMS providers</source>
        <translation>Prüfen Sie System &gt; SMS-Anbieter</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>S&amp;MS</source>
        <translation>S&amp;MS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Diagnose…</source>
        <translation>&amp;Diagnose…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnose this client</source>
        <translation>Diesen Kunden diagnostizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check every possible reason why this client gets no 2FA codes</source>
        <translation>Alle möglichen Gründe prüfen, warum dieser Kunde keine 2FA-Codes erhält</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Diagnose</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client cannot be read: %1</source>
        <translation>Der Kunde kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
</context>
<context>
    <name>backoffice::ui::OperatorsModel</name>
    <message>
        <location filename="../ui/operators/OperatorsModel.cpp" line="+30"/>
        <source>Viewer</source>
        <translation>Betrachter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked until %1</source>
        <translation>Gesperrt bis %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>backoffice::ui::OperatorsPage</name>
    <message>
        <location filename="../ui/operators/OperatorsPage.cpp" line="+29"/>
        <source>&amp;Add operator…</source>
        <translation>Mitarbeiter hin&amp;zufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+113"/>
        <source>&amp;Disable</source>
        <translation>Dea&amp;ktivieren</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Set &amp;role</source>
        <translation>&amp;Rolle festlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset &amp;password…</source>
        <translation>&amp;Passwort zurücksetzen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Operators</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operator accounts</source>
        <translation>Mitarbeiterkonten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add operator</source>
        <translation>Mitarbeiter hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disable or enable the selected operator</source>
        <translation>Ausgewählten Mitarbeiter deaktivieren oder aktivieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New role for the selected operator</source>
        <translation>Neue Rolle für den ausgewählten Mitarbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set role</source>
        <translation>Rolle festlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Only administrators manage operators.</source>
        <translation>Nur Administratoren verwalten Mitarbeiter.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Operator %1 added.</source>
        <translation>Mitarbeiter %1 hinzugefügt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Operator %1 disabled.</source>
        <translation>Mitarbeiter %1 deaktiviert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator %1 enabled.</source>
        <translation>Mitarbeiter %1 aktiviert.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is now %2.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Password of %1 reset.</source>
        <translation>Passwort von %1 zurückgesetzt.</translation>
    </message>
</context>
<context>
    <name>backoffice::ui::PendingApprovalsPage</name>
    <message>
        <location filename="../ui/clients/PendingApprovalsPage.cpp" line="+28"/>
        <source>Pending approvals</source>
        <translation>Offene Freigaben</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Requests to disable a client&apos;s 2FA that wait for a second operator. Approve only when the identity check described convinces you; you cannot approve your own request. A request expires after %n hour(s).</source>
        <translation>
            <numerusform>Anträge auf Deaktivierung der 2FA eines Kunden, die auf einen zweiten Mitarbeiter warten. Geben Sie nur frei, wenn Sie die beschriebene Identitätsprüfung überzeugt; Ihren eigenen Antrag können Sie nicht freigeben. Ein Antrag läuft nach %n Stunde ab.</numerusform>
            <numerusform>Anträge auf Deaktivierung der 2FA eines Kunden, die auf einen zweiten Mitarbeiter warten. Geben Sie nur frei, wenn Sie die beschriebene Identitätsprüfung überzeugt; Ihren eigenen Antrag können Sie nicht freigeben. Ein Antrag läuft nach %n Stunden ab.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pending requests</source>
        <translation>Offene Anträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2FA option</source>
        <translation>2FA-Methode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requested by</source>
        <translation>Beantragt von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested at</source>
        <translation>Beantragt am</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How identity was checked</source>
        <translation>Wie die Identität geprüft wurde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the pending requests</source>
        <translation>Die offenen Anträge aktualisieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Approve</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve the selected request</source>
        <translation>Den ausgewählten Antrag freigeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turns the client&apos;s 2FA option off now and tells the client</source>
        <translation>Schaltet die 2FA-Methode des Kunden sofort aus und benachrichtigt den Kunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;jection reason:</source>
        <translation>&amp;Begründung der Ablehnung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejection reason</source>
        <translation>Begründung der Ablehnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. the caller could not answer the security questions</source>
        <translation>z. B. der Anrufer konnte die Sicherheitsfragen nicht beantworten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reject</source>
        <translation>Ab&amp;lehnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject the selected request</source>
        <translation>Den ausgewählten Antrag ablehnen</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+17"/>
        <source>Requests cannot be read: %1</source>
        <translation>Die Anträge können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No request is waiting for approval.</source>
        <translation>Kein Antrag wartet auf Freigabe.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Request %1 was not approved: %2</source>
        <translation>Antrag %1 wurde nicht freigegeben: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Request %1 approved: %2 is now off for client %3. Telling the client…</source>
        <translation>Antrag %1 freigegeben: %2 ist für Kunde %3 jetzt aus. Der Kunde wird benachrichtigt…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Request %1 approved: %2 is now off for client %3.</source>
        <translation>Antrag %1 freigegeben: %2 ist für Kunde %3 jetzt aus.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Request %1 was not rejected: %2</source>
        <translation>Antrag %1 wurde nicht abgelehnt: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request %1 rejected. The client&apos;s 2FA stays on.</source>
        <translation>Antrag %1 abgelehnt. Die 2FA des Kunden bleibt aktiv.</translation>
    </message>
</context>
<context>
    <name>backoffice::ui::ProviderDialog</name>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="+35"/>
        <location line="+348"/>
        <source>SMS provider: %1</source>
        <translation>SMS-Anbieter: %1</translation>
    </message>
    <message>
        <location line="-334"/>
        <source>Add SMS provider</source>
        <translation>SMS-Anbieter hinzufügen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Provider settings</source>
        <translation>Anbietereinstellungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Provider kind</source>
        <translation>Anbietertyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider kinds</source>
        <translation>Anbietertypen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account SID:</source>
        <translation>Account-SID:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API Key SID (optional)</source>
        <translation>API-Key-SID (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional: SK… when using an API key instead of the auth token</source>
        <translation>optional: SK…, bei API-Key statt Auth-Token</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the secret being typed</source>
        <translation>Das eingegebene Geheimnis anzeigen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Auth &amp;token:</source>
        <translation>Auth-T&amp;oken:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sender:</source>
        <translation>Ab&amp;sender:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API base URL</source>
        <translation>API-Basis-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;base URL:</source>
        <translation>API-&amp;Basis-URL:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status page URL</source>
        <translation>Statusseiten-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status &amp;page URL:</source>
        <translation>Stat&amp;usseiten-URL:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low-balance threshold</source>
        <translation>Schwelle für niedriges Guthaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no threshold</source>
        <translation>keine Schwelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Low-balance threshold:</source>
        <translation>Sch&amp;welle für niedriges Guthaben:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network timeout in seconds</source>
        <translation>Netzwerk-Zeitlimit in Sekunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Enabled: used to send SMS</source>
        <translation>&amp;Aktiviert: wird zum Senden von SMS verwendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check &amp;credentials</source>
        <translation>Zugangs&amp;daten prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check b&amp;alance</source>
        <translation>&amp;Guthaben prüfen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not checked yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Credentials:</source>
        <translation>Zugangsdaten:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result of the credentials check</source>
        <translation>Ergebnis der Prüfung der Zugangsdaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance:</source>
        <translation>Guthaben:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result of the balance check</source>
        <translation>Ergebnis der Prüfung des Guthabens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service status:</source>
        <translation>Dienststatus:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result of the service status check</source>
        <translation>Ergebnis der Prüfung des Dienststatus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>+44…  number to send a test SMS to</source>
        <translation>+49…  Nummer für eine Test-SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test SMS recipient</source>
        <translation>Empfänger der Test-SMS</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>message ID (SM…)</source>
        <translation>Nachrichten-ID (SM…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message ID</source>
        <translation>Nachrichten-ID</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check in progress</source>
        <translation>Prüfung läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Cancel check</source>
        <translation>Prüfung abbrechen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Check result</source>
        <translation>Prüfergebnis</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Account SID</source>
        <translation>Account-SID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>API key</source>
        <translation>API-Key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AC followed by 32 hexadecimal digits</source>
        <translation>AC, gefolgt von 32 Hexadezimalziffern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auth &amp;token / API key secret:</source>
        <translation>Auth-T&amp;oken / API-Key-Secret:</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>An API key is 8 letters or digits.</source>
        <translation>Ein API-Schlüssel besteht aus 8 Buchstaben oder Ziffern.</translation>
    </message>
    <message>
        <location line="-242"/>
        <source>API Key S&amp;ID:</source>
        <translation>API-Key-S&amp;ID:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Ti&amp;meout:</source>
        <translation>Zeit&amp;limit:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Check service stat&amp;us</source>
        <translation>Dienststatus &amp;prüfen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sen&amp;d test SMS</source>
        <translation>Test-SMS s&amp;enden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deli&amp;very status</source>
        <translation>&amp;Zustellstatus</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Acc&amp;ount SID:</source>
        <translation>A&amp;ccount-SID:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>API ke&amp;y:</source>
        <translation>API-&amp;Key:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API secre&amp;t:</source>
        <translation>API-Sec&amp;ret:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+E.164 number or Messaging Service SID (MG…)</source>
        <translation>+E.164-Nummer oder Messaging-Service-SID (MG…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+E.164 number or up to 11 letters and digits</source>
        <translation>+E.164-Nummer oder bis zu 11 Buchstaben und Ziffern</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>stored in keychain — type to replace</source>
        <translation>im Schlüsselbund gespeichert — zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not stored yet</source>
        <translation>noch nicht gespeichert</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Problem with %1 %2</source>
        <translation>Problem mit %1 %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Another provider already has this name.</source>
        <translation>Ein anderer Anbieter hat bereits diesen Namen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Required.</source>
        <translation>Pflichtfeld.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most 100 characters.</source>
        <translation>Höchstens 100 Zeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An Account SID is AC followed by 32 hexadecimal digits.</source>
        <translation>Eine Account-SID besteht aus AC, gefolgt von 32 Hexadezimalziffern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An API Key SID is SK followed by 32 hexadecimal digits.</source>
        <translation>Eine API-Key-SID besteht aus SK, gefolgt von 32 Hexadezimalziffern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A number in E.164 (+ and digits) or a Messaging Service SID (MG…).</source>
        <translation>Eine Nummer in E.164 (+ und Ziffern) oder eine Messaging-Service-SID (MG…).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A number in E.164 (+ and digits) or up to 11 letters and digits.</source>
        <translation>Eine Nummer in E.164 (+ und Ziffern) oder bis zu 11 Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Must start with https:// (http:// only for 127.0.0.1, ::1 or localhost).</source>
        <translation>Muss mit https:// beginnen (http:// nur für 127.0.0.1, ::1 oder localhost).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A number, zero or more; empty for no threshold.</source>
        <translation>Eine Zahl, null oder größer; leer für keine Schwelle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Between 1 and 120 seconds.</source>
        <translation>Zwischen 1 und 120 Sekunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No spaces or line breaks, at most 256 characters.</source>
        <translation>Keine Leerzeichen oder Zeilenumbrüche, höchstens 256 Zeichen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid value.</source>
        <translation>Ungültiger Wert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Nicht gespeichert: Korrigieren Sie die rot markierten Felder.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Storing the secret in the keychain…</source>
        <translation>Das Geheimnis wird im Schlüsselbund gespeichert …</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The settings were saved, but the secret was not: %1</source>
        <translation>Die Einstellungen wurden gespeichert, das Geheimnis aber nicht: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saving would overwrite a change this form does not show.</source>
        <translation>Speichern würde eine Änderung überschreiben, die dieses Formular nicht zeigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving is off so that it cannot overwrite that change: close this window and open the provider again.</source>
        <translation>Speichern ist abgeschaltet, damit diese Änderung nicht überschrieben wird: Schließen Sie dieses Fenster und öffnen Sie den Anbieter erneut.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Correct the fields marked in red first.</source>
        <translation>Korrigieren Sie zuerst die rot markierten Felder.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Mind the balance: %1</source>
        <translation>Achten Sie auf das Guthaben: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mind the service status: %1</source>
        <translation>Achten Sie auf den Dienststatus: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Asking the provider…</source>
        <translation>Der Anbieter wird gefragt …</translation>
    </message>
</context>
<context>
    <name>backoffice::ui::ProviderTableModel</name>
    <message>
        <location filename="../ui/sms/ProviderTableModel.cpp" line="+52"/>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+93"/>
        <source>Balance</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Service status</source>
        <translation>Dienststatus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test SMS</source>
        <translation>Test-SMS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delivery status</source>
        <translation>Zustellstatus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>below threshold</source>
        <translation>unter der Schwelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incident reported</source>
        <translation>Störung gemeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no balance left</source>
        <translation>kein Guthaben mehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>major incident reported</source>
        <translation>schwere Störung gemeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account not active</source>
        <translation>Konto nicht aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+32"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not read yet</source>
        <translation>noch nicht gelesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not checked yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, at %2</source>
        <translation>%1, am %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Balance read at</source>
        <translation>Guthaben gelesen am</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last status</source>
        <translation>Letzter Status</translation>
    </message>
</context>
<context>
    <name>backoffice::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="+29"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System language (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back Office shows a new language from its next start.</source>
        <translation>Eine geänderte Sprache gilt ab dem nächsten Start von Back Office.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>backoffice::ui::SignInDialog</name>
    <message>
        <location filename="../ui/operators/SignInDialog.cpp" line="+25"/>
        <location line="+2"/>
        <location line="+11"/>
        <location line="+1"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign-in error</source>
        <translation>Anmeldefehler</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Too many failed attempts: this account is locked until %1.</source>
        <translation>Zu viele Fehlversuche: Dieses Konto ist bis %1 gesperrt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other sign-ins to this account are being checked right now. Try again in a minute.</source>
        <translation>Andere Anmeldungen bei diesem Konto werden gerade geprüft. Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>Dieses Konto ist deaktiviert. Wenden Sie sich an einen Administrator.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong user name or password.</source>
        <translation>Falscher Benutzername oder falsches Passwort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing in failed: %1</source>
        <translation>Die Anmeldung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/operators/StartupSignIn.cpp" line="+19"/>
        <source>Back Office</source>
        <translation>Back Office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The operator accounts could not be read: %1</source>
        <translation>Die Mitarbeiterkonten konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>backoffice::ui::SmsDeliveryPage</name>
    <message>
        <location filename="../ui/sms/SmsDeliveryPage.cpp" line="+27"/>
        <source>&lt;h2&gt;SMS delivery&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;SMS-Zustellung&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients whose last SMS failed, grouped by cause.</source>
        <translation>Kunden, deren letzte SMS fehlgeschlagen ist, nach Ursache gruppiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Since:</source>
        <translation>&amp;Seit:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Since date</source>
        <translation>Seit Datum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Report progress</source>
        <translation>Fortschritt des Berichts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel report</source>
        <translation>Bericht abbrechen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Clients whose last SMS failed, by cause</source>
        <translation>Kunden mit fehlgeschlagener letzter SMS, nach Ursache</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Looking for failed SMS…</source>
        <translation>Fehlgeschlagene SMS werden gesucht …</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancelled; the list shown is the previous one.</source>
        <translation>Abgebrochen; die angezeigte Liste ist die vorherige.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No client&apos;s last SMS failed since %1.</source>
        <translation>Seit %1 ist bei keinem Kunden die letzte SMS fehlgeschlagen.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n client(s) whose last SMS failed</source>
        <translation>
            <numerusform>%n Kunde, dessen letzte SMS fehlgeschlagen ist</numerusform>
            <numerusform>%n Kunden, deren letzte SMS fehlgeschlagen ist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n cause(s)</source>
        <translation>
            <numerusform>%n Ursache</numerusform>
            <numerusform>%n Ursachen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backoffice::ui::SmsFailureTreeModel</name>
    <message>
        <location filename="../ui/sms/SmsFailureTreeModel.cpp" line="+23"/>
        <source>Cause / client</source>
        <translation>Ursache / Kunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clients</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What to do</source>
        <translation>Was tun</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error code</source>
        <translation>Fehlercode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last SMS at</source>
        <translation>Letzte SMS am</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown provider</source>
        <translation>Unbekannter Anbieter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, no error code: %2</source>
        <translation>%1, kein Fehlercode: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 error %2: %3</source>
        <translation>%1 Fehler %2: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1
What to do: %2</source>
        <translation>%1
Was tun: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (#%2, %3)</source>
        <translation>%1 (Nr. %2, %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click to open the client</source>
        <translation>Doppelklick öffnet den Kunden</translation>
    </message>
</context>
<context>
    <name>backoffice::ui::SmsHistoryModel</name>
    <message>
        <location filename="../ui/sms/SmsHistoryModel.cpp" line="+56"/>
        <source>%1
What to do: %2</source>
        <translation>%1
Was tun: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sent at</source>
        <translation>Gesendet am</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error code</source>
        <translation>Fehlercode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated at</source>
        <translation>Aktualisiert am</translation>
    </message>
</context>
<context>
    <name>backoffice::ui::SmsProvidersPage</name>
    <message>
        <location filename="../ui/sms/SmsProvidersPage.cpp" line="+38"/>
        <source>&lt;h2&gt;SMS providers&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;SMS-Anbieter&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>SMS providers</source>
        <translation>SMS-Anbieter</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Add…</source>
        <translation>Hin&amp;zufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>Be&amp;arbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check &amp;all</source>
        <translation>Alle &amp;prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check all progress</source>
        <translation>Fortschritt von „Alle prüfen“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Remove SMS provider</source>
        <translation>SMS-Anbieter entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the SMS provider &quot;%1&quot;? Its settings, check history and keychain entry are deleted; the message log keeps its messages.</source>
        <translation>Den SMS-Anbieter „%1“ entfernen? Seine Einstellungen, sein Prüfverlauf und sein Eintrag im Schlüsselbund werden gelöscht; das Nachrichtenprotokoll behält seine Nachrichten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove the only enabled provider</source>
        <translation>Den einzigen aktivierten Anbieter entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is the only enabled SMS provider. Without it no SMS code can be sent to any client. Remove it anyway?</source>
        <translation>„%1“ ist der einzige aktivierte SMS-Anbieter. Ohne ihn kann an keinen Kunden ein SMS-Code gesendet werden. Trotzdem entfernen?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Removing %1…</source>
        <translation>%1 wird entfernt …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No enabled provider to check.</source>
        <translation>Kein aktivierter Anbieter zu prüfen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checks cancelled.</source>
        <translation>Prüfungen abgebrochen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks done: at least one provider has a problem (see Last status).</source>
        <translation>Prüfungen beendet: Mindestens ein Anbieter hat ein Problem (siehe „Letzter Status“).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks done: no problem found.</source>
        <translation>Prüfungen beendet: kein Problem gefunden.</translation>
    </message>
</context>
<context>
    <name>backoffice::ui::TeamDatabaseDialog</name>
    <message>
        <location filename="../ui/storage/TeamDatabaseDialog.cpp" line="+41"/>
        <source>Open Team Database</source>
        <translation>Team-Datenbank öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open team database</source>
        <translation>Team-Datenbank öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose where this desk&apos;s clients, providers and audit log live. A team shares one PostgreSQL database; each operator then signs in there.</source>
        <translation>Wählen Sie, wo die Kunden, Anbieter und das Audit-Protokoll dieses Arbeitsplatzes liegen. Ein Team teilt sich eine PostgreSQL-Datenbank; jeder Mitarbeiter meldet sich dann dort an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This desk&apos;s &amp;own database (SQLite)</source>
        <translation>&amp;Eigene Datenbank dieses Arbeitsplatzes (SQLite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This desk&apos;s own database (SQLite)</source>
        <translation>Eigene Datenbank dieses Arbeitsplatzes (SQLite)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A t&amp;eam database on a PostgreSQL server</source>
        <translation>&amp;Team-Datenbank auf einem PostgreSQL-Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A team database on a PostgreSQL server</source>
        <translation>Team-Datenbank auf einem PostgreSQL-Server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>db.example.com</source>
        <translation>db.example.com</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database name</source>
        <translation>Name der Datenbank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify the certificate and the host name (verify-full)</source>
        <translation>Zertifikat und Hostnamen prüfen (verify-full)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt, without checking the certificate (require)</source>
        <translation>Verschlüsseln, ohne das Zertifikat zu prüfen (require)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt if the server offers it (prefer)</source>
        <translation>Verschlüsseln, wenn der Server es anbietet (prefer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Across a network, connect with verify-full: only it makes sure you talk to your team&apos;s server. Use the others only on a network you trust.</source>
        <translation>Verbinden Sie sich über ein Netzwerk mit verify-full: Nur damit ist sicher, dass Sie mit dem Server Ihres Teams sprechen. Verwenden Sie die anderen nur in einem Netzwerk, dem Sie vertrauen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Root certificate file</source>
        <translation>Datei des Stammzertifikats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file of the authority that signed the server&apos;s certificate</source>
        <translation>Die Datei der Stelle, die das Zertifikat des Servers signiert hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the root certificate file</source>
        <translation>Datei des Stammzertifikats wählen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: PGPASSWORD or ~/.pgpass</source>
        <translation>Leer: PGPASSWORD oder ~/.pgpass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;ve the password in the system keychain</source>
        <translation>Passwort im System-Schlüsselbund spei&amp;chern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the password in the system keychain</source>
        <translation>Passwort im System-Schlüsselbund speichern</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Security:</source>
        <translation>&amp;Sicherheit:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Root certi&amp;ficate:</source>
        <translation>Stamm&amp;zertifikat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connecting</source>
        <translation>Verbindung wird hergestellt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Root Certificate</source>
        <translation>Stammzertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Zertifikate (*.crt *.pem *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Enter the server&apos;s host name.</source>
        <translation>Geben Sie den Hostnamen des Servers ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the name of the team&apos;s database.</source>
        <translation>Geben Sie den Namen der Datenbank Ihres Teams ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the user name the server knows you by.</source>
        <translation>Geben Sie den Benutzernamen ein, unter dem der Server Sie kennt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Connected. Saving your choice…</source>
        <translation>Verbunden. Ihre Wahl wird gespeichert…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection works, but the password could not be kept in the keychain: %1</source>
        <translation>Die Verbindung funktioniert, aber das Passwort konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The server refused the password of %1. Check the password and try again.</source>
        <translation>Der Server hat das Passwort von %1 abgelehnt. Prüfen Sie das Passwort und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server %1 cannot be reached on port %2. Check the host name and the port, and that the server accepts connections from this desk.</source>
        <translation>Der Server %1 ist auf Port %2 nicht erreichbar. Prüfen Sie Hostnamen und Port und ob der Server Verbindungen von diesem Arbeitsplatz annimmt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server&apos;s certificate is not trusted. Choose the root certificate file your administrator gave you; verify-full also checks that the certificate was made for this host name.</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut. Wählen Sie die Datei des Stammzertifikats, die Sie von Ihrem Administrator erhalten haben; verify-full prüft außerdem, ob das Zertifikat für diesen Hostnamen ausgestellt wurde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server does not offer an encrypted connection. Ask your administrator to turn on TLS on the server.</source>
        <translation>Der Server bietet keine verschlüsselte Verbindung an. Bitten Sie Ihren Administrator, TLS auf dem Server einzuschalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database %1 was set up by a newer version of Back Office (%2). Update Back Office on this desk first.</source>
        <translation>Die Datenbank %1 wurde von einer neueren Version von Back Office eingerichtet (%2). Aktualisieren Sie zuerst Back Office auf diesem Arbeitsplatz.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database %1 cannot be opened: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1

The server said: %2</source>
        <translation>%1

Antwort des Servers: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+36"/>
        <source>The database %1 was created by a newer version of Back Office (%2). Use that version, or choose another database with --db.</source>
        <translation>Die Datenbank %1 wurde mit einer neueren Version von Back Office erstellt (%2). Verwenden Sie diese Version oder wählen Sie mit --db eine andere Datenbank.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database location is not valid: %1</source>
        <translation>Der Speicherort der Datenbank ist ungültig: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This desk does not have the audit key of the database %1, so nothing done here could be recorded. An administrator imports the keys from a colleague&apos;s desk: there &apos;backoffice-cli keys export &gt; keys.txt&apos;, here &apos;backoffice-cli keys import &lt; keys.txt&apos;.</source>
        <translation>Dieser Arbeitsplatz hat den Audit-Schlüssel der Datenbank %1 nicht, daher könnte nichts, was hier getan wird, festgehalten werden. Ein Administrator importiert die Schlüssel vom Arbeitsplatz eines Kollegen: dort &apos;backoffice-cli keys export &gt; keys.txt&apos;, hier &apos;backoffice-cli keys import &lt; keys.txt&apos;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The keychain holds an audit key that does not belong to the database %1. Import the right keys with &apos;backoffice-cli keys import&apos;.</source>
        <translation>Der Schlüsselbund enthält einen Audit-Schlüssel, der nicht zur Datenbank %1 gehört. Importieren Sie die richtigen Schlüssel mit &apos;backoffice-cli keys import&apos;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The system keychain is unavailable, and the audit key of the database %1 lives there: %2</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar, und dort liegt der Audit-Schlüssel der Datenbank %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database %1 cannot be opened: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Back Office: help clients who do not receive two-factor codes.</source>
        <translation>Back Office: Kunden helfen, die keine Codes der Zwei-Faktor-Authentifizierung erhalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database: a SQLite file path or postgresql://user@host:port/dbname.</source>
        <translation>Die Datenbank: ein SQLite-Dateipfad oder postgresql://benutzer@host:port/datenbank.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>location</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+7"/>
        <location line="+65"/>
        <source>Back Office</source>
        <translation>Back Office</translation>
    </message>
</context>
</TS>
