<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AuditVerification</name>
    <message numerus="yes">
        <location filename="../core/audit/AuditVerificationText.cpp" line="+30"/>
        <source>The audit log is intact: %n event(s) checked.</source>
        <translation>
            <numerusform>The audit log is intact: %n event checked.</numerusform>
            <numerusform>The audit log is intact: %n events checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>The log has %n event(s) but its head counts %1: events were removed.</source>
        <translation>
            <numerusform>The log has %n event but its head counts %1: events were removed.</numerusform>
            <numerusform>The log has %n events but its head counts %1: events were removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The log has %n event(s) but its head counts %1: events were inserted.</source>
        <translation>
            <numerusform>The log has %n event but its head counts %1: events were inserted.</numerusform>
            <numerusform>The log has %n events but its head counts %1: events were inserted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The log has %n event(s) but no head: its head was removed, and events after event %1 may be missing.</source>
        <translation>
            <numerusform>The log has %n event but no head: its head was removed, and events after event %1 may be missing.</numerusform>
            <numerusform>The log has %n events but no head: its head was removed, and events after event %1 may be missing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientsDisableTwoFactor</name>
    <message numerus="yes">
        <location filename="../app/cli/ClientsCommands.cpp" line="+288"/>
        <source>wrong code; %n attempt(s) left</source>
        <translation>
            <numerusform>wrong code; %n attempt left</numerusform>
            <numerusform>wrong code; %n attempts left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message numerus="yes">
        <location filename="../core/diagnosis/checks/AuthenticatorCodeCheck.cpp" line="+21"/>
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln second</numerusform>
            <numerusform>%Ln seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln minute</numerusform>
            <numerusform>%Ln minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmailShow</name>
    <message numerus="yes">
        <location filename="../app/cli/EmailCommands.cpp" line="+166"/>
        <source>Timeout:  %n second(s)</source>
        <translation>
            <numerusform>Timeout:  %n second</numerusform>
            <numerusform>Timeout:  %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message numerus="yes">
        <location filename="../ui/common/ErrorText.cpp" line="+93"/>
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>The password needs at least %n character.</numerusform>
            <numerusform>The password needs at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProviderError</name>
    <message numerus="yes">
        <location filename="../core/sms/ProviderError.cpp" line="+64"/>
        <source>Rate limited: too many requests; retry in %n second(s).</source>
        <translation>
            <numerusform>Rate limited: too many requests; retry in %n second.</numerusform>
            <numerusform>Rate limited: too many requests; retry in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReasonRule</name>
    <message numerus="yes">
        <location filename="../app/cli/ReasonRuleCommand.cpp" line="+68"/>
        <source>A reason is a ticket reference matching %1 or at least %n character(s).</source>
        <translation>
            <numerusform>A reason is a ticket reference matching %1 or at least %n character.</numerusform>
            <numerusform>A reason is a ticket reference matching %1 or at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyIdentity</name>
    <message numerus="yes">
        <location filename="../app/cli/VerificationCommands.cpp" line="+172"/>
        <source>Code sent by %1 to %2. Ask the client to read it back; valid until %3, %n attempt(s).</source>
        <translation>
            <numerusform>Code sent by %1 to %2. Ask the client to read it back; valid until %3, %n attempt.</numerusform>
            <numerusform>Code sent by %1 to %2. Ask the client to read it back; valid until %3, %n attempts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backoffice::SmsProviderConfigurationCheck</name>
    <message numerus="yes">
        <location filename="../core/diagnosis/checks/SmsProviderConfigurationCheck.cpp" line="+32"/>
        <source>%n SMS provider(s) set up, but none is enabled, so no SMS code can be sent.</source>
        <translation>
            <numerusform>%n SMS provider set up, but it is not enabled, so no SMS code can be sent.</numerusform>
            <numerusform>%n SMS providers set up, but none is enabled, so no SMS code can be sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backoffice::SmsRecentMessagesCheck</name>
    <message numerus="yes">
        <location filename="../core/diagnosis/checks/SmsRecentMessagesCheck.cpp" line="+80"/>
        <source>%1 of the last %n message(s) failed.</source>
        <translation>
            <numerusform>%1 of the last %n message failed.</numerusform>
            <numerusform>%1 of the last %n messages failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The outcome of %n is unknown.</source>
        <translation>
            <numerusform>The outcome of %n is unknown.</numerusform>
            <numerusform>The outcome of %n is unknown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>The last SMS (%1, via %2) is still &quot;%3&quot; after %n minute(s): no delivery receipt from the client&apos;s carrier, which is delaying or silently blocking it. %4</source>
        <translation>
            <numerusform>The last SMS (%1, via %2) is still &quot;%3&quot; after %n minute: no delivery receipt from the client&apos;s carrier, which is delaying or silently blocking it. %4</numerusform>
            <numerusform>The last SMS (%1, via %2) is still &quot;%3&quot; after %n minutes: no delivery receipt from the client&apos;s carrier, which is delaying or silently blocking it. %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backoffice::ui::AuditPage</name>
    <message numerus="yes">
        <location filename="../ui/audit/AuditPage.cpp" line="+256"/>
        <source>Checking the audit log&apos;s integrity… %1 of %n event(s)</source>
        <translation>
            <numerusform>Checking the audit log&apos;s integrity… %1 of %n event</numerusform>
            <numerusform>Checking the audit log&apos;s integrity… %1 of %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>%n events exported to %1.</source>
        <translation>
            <numerusform>%n event exported to %1.</numerusform>
            <numerusform>%n events exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backoffice::ui::CheckCodeWidget</name>
    <message numerus="yes">
        <location filename="../ui/twofactor/CheckCodeWidget.cpp" line="+131"/>
        <source>The code is right, but the device clock is about %n minute(s) ahead.</source>
        <translation>
            <numerusform>The code is right, but the device clock is about %n minute ahead.</numerusform>
            <numerusform>The code is right, but the device clock is about %n minutes ahead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The code is right, but the device clock is about %n minute(s) behind.</source>
        <translation>
            <numerusform>The code is right, but the device clock is about %n minute behind.</numerusform>
            <numerusform>The code is right, but the device clock is about %n minutes behind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+80"/>
        <source>%n of %1 checks left; resets at %2</source>
        <translation>
            <numerusform>%n of %1 checks left; resets at %2</numerusform>
            <numerusform>%n of %1 checks left; resets at %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n of %1 checks left</source>
        <translation>
            <numerusform>%n of %1 checks left</numerusform>
            <numerusform>%n of %1 checks left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backoffice::ui::ClientSmsHistoryWidget</name>
    <message numerus="yes">
        <location filename="../ui/sms/ClientSmsHistoryWidget.cpp" line="+151"/>
        <source>Refresh cancelled: %n message(s) updated.</source>
        <translation>
            <numerusform>Refresh cancelled: %n message updated.</numerusform>
            <numerusform>Refresh cancelled: %n messages updated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n message(s) updated; the provider could not answer for %1.</source>
        <translation>
            <numerusform>%n message updated; the provider could not answer for %1.</numerusform>
            <numerusform>%n messages updated; the provider could not answer for %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n message(s) updated.</source>
        <translation>
            <numerusform>%n message updated.</numerusform>
            <numerusform>%n messages updated.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backoffice::ui::ClientsPage</name>
    <message numerus="yes">
        <location filename="../ui/clients/ClientsPage.cpp" line="+222"/>
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backoffice::ui::DemoDataOffer</name>
    <message numerus="yes">
        <location filename="../ui/clients/DemoDataOffer.cpp" line="+52"/>
        <source>Creating %Ln demo client(s)…</source>
        <translation>
            <numerusform>Creating %Ln demo client…</numerusform>
            <numerusform>Creating %Ln demo clients…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backoffice::ui::DiagnosisDialog</name>
    <message numerus="yes">
        <location filename="../ui/diagnosis/DiagnosisDialog.cpp" line="+244"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n could not be checked</source>
        <translation>
            <numerusform>%n could not be checked</numerusform>
            <numerusform>%n could not be checked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backoffice::ui::DisableTwoFactorDialog</name>
    <message numerus="yes">
        <location filename="../ui/clients/DisableTwoFactorDialog.cpp" line="+170"/>
        <source>A ticket reference (like SUP-1234) or at least %n characters.</source>
        <translation>
            <numerusform>A ticket reference (like SUP-1234) or at least %n character.</numerusform>
            <numerusform>A ticket reference (like SUP-1234) or at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+191"/>
        <source>Wrong code. %n attempt(s) left.</source>
        <translation>
            <numerusform>Wrong code. %n attempt left.</numerusform>
            <numerusform>Wrong code. %n attempts left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backoffice::ui::FirstAdministratorDialog</name>
    <message numerus="yes">
        <location filename="../ui/operators/FirstAdministratorDialog.cpp" line="+50"/>
        <source>at least %n characters</source>
        <translation>
            <numerusform>at least %n character</numerusform>
            <numerusform>at least %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backoffice::ui::OperatorFormDialog</name>
    <message numerus="yes">
        <location filename="../ui/operators/OperatorFormDialog.cpp" line="+45"/>
        <source>at least %n characters</source>
        <translation>
            <numerusform>at least %n character</numerusform>
            <numerusform>at least %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backoffice::ui::PendingApprovalsPage</name>
    <message numerus="yes">
        <location filename="../ui/clients/PendingApprovalsPage.cpp" line="+30"/>
        <source>Requests to disable a client&apos;s 2FA that wait for a second operator. Approve only when the identity check described convinces you; you cannot approve your own request. A request expires after %n hour(s).</source>
        <translation>
            <numerusform>Requests to disable a client&apos;s 2FA that wait for a second operator. Approve only when the identity check described convinces you; you cannot approve your own request. A request expires after %n hour.</numerusform>
            <numerusform>Requests to disable a client&apos;s 2FA that wait for a second operator. Approve only when the identity check described convinces you; you cannot approve your own request. A request expires after %n hours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backoffice::ui::SmsDeliveryPage</name>
    <message numerus="yes">
        <location filename="../ui/sms/SmsDeliveryPage.cpp" line="+137"/>
        <source>%n client(s) whose last SMS failed</source>
        <translation>
            <numerusform>%n client whose last SMS failed</numerusform>
            <numerusform>%n clients whose last SMS failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n cause(s)</source>
        <translation>
            <numerusform>%n cause</numerusform>
            <numerusform>%n causes</numerusform>
        </translation>
    </message>
</context>
</TS>
