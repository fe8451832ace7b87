<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CheckResultText</name>
    <message>
        <location filename="../core/sms/CheckResultText.cpp" line="16"/>
        <source>Your role does not allow this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/CheckResultText.cpp" line="18"/>
        <source>The system keychain is unavailable (%1). Unlock it or start it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/CheckResultText.cpp" line="20"/>
        <source>Check the field &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/CheckResultText.cpp" line="33"/>
        <source>The credentials are right, but the account is %1: SMS cannot be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/CheckResultText.cpp" line="35"/>
        <source>The credentials are right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/CheckResultText.cpp" line="37"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/CheckResultText.cpp" line="39"/>
        <source>Balance %1: no money left, SMS cannot be sent. Top up the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/CheckResultText.cpp" line="41"/>
        <source>Balance %1 is below the threshold of %2. Top up soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/CheckResultText.cpp" line="43"/>
        <source>Balance %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/CheckResultText.cpp" line="48"/>
        <source>The provider reports no incident (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/CheckResultText.cpp" line="50"/>
        <source>The provider reports maintenance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/CheckResultText.cpp" line="52"/>
        <source>The provider reports a minor incident: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/CheckResultText.cpp" line="54"/>
        <source>The provider reports a major incident: %1. SMS may not arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/CheckResultText.cpp" line="58"/>
        <source>The provider accepted the test SMS. Message ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/CheckResultText.cpp" line="65"/>
        <source>The message is still waiting to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/CheckResultText.cpp" line="68"/>
        <source>The message was handed to the carrier; no delivery receipt yet (a long wait here means the carrier is delaying it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/CheckResultText.cpp" line="72"/>
        <source>The message was delivered to the phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/CheckResultText.cpp" line="75"/>
        <source>The message was not delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/CheckResultText.cpp" line="78"/>
        <source>The message could not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/CheckResultText.cpp" line="84"/>
        <source>Error %1: %2 What to do: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliveryErrorCodes</name>
    <message>
        <location filename="../core/sms/DeliveryErrorCodes.cpp" line="20"/>
        <location filename="../core/sms/DeliveryErrorCodes.cpp" line="71"/>
        <source>The phone number is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/DeliveryErrorCodes.cpp" line="21"/>
        <location filename="../core/sms/DeliveryErrorCodes.cpp" line="72"/>
        <source>Check the client&apos;s number (E.164: + country code and number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/DeliveryErrorCodes.cpp" line="22"/>
        <source>Sending to this country is not enabled on the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/DeliveryErrorCodes.cpp" line="23"/>
        <source>Ask the provider administrator to enable the country (geo permissions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/DeliveryErrorCodes.cpp" line="25"/>
        <source>A trial account can only send to verified numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/DeliveryErrorCodes.cpp" line="26"/>
        <source>Upgrade the account or verify the number in the provider console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/DeliveryErrorCodes.cpp" line="27"/>
        <source>The recipient unsubscribed (replied STOP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/DeliveryErrorCodes.cpp" line="28"/>
        <source>Ask the client to text START to the sender number, or use the authenticator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/DeliveryErrorCodes.cpp" line="30"/>
        <source>The number is not a mobile number and cannot receive SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/DeliveryErrorCodes.cpp" line="31"/>
        <location filename="../core/sms/DeliveryErrorCodes.cpp" line="41"/>
        <source>Ask the client for a mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/DeliveryErrorCodes.cpp" line="33"/>
        <source>The handset is unreachable (off, no signal, or roaming without SMS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/DeliveryErrorCodes.cpp" line="34"/>
        <location filename="../core/sms/DeliveryErrorCodes.cpp" line="57"/>
        <source>Ask the client to turn the phone on, check signal, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/DeliveryErrorCodes.cpp" line="35"/>
        <source>The message was blocked (by the recipient or the carrier).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/DeliveryErrorCodes.cpp" line="36"/>
        <location filename="../core/sms/DeliveryErrorCodes.cpp" line="61"/>
        <source>Ask the client to check SMS blocking on the phone and with the carrier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/DeliveryErrorCodes.cpp" line="38"/>
        <source>The number is unknown to the carrier (may no longer exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/DeliveryErrorCodes.cpp" line="39"/>
        <location filename="../core/sms/DeliveryErrorCodes.cpp" line="59"/>
        <source>Confirm the number with the client and update it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/DeliveryErrorCodes.cpp" line="40"/>
        <source>The number is a landline or its carrier cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/DeliveryErrorCodes.cpp" line="42"/>
        <location filename="../core/sms/DeliveryErrorCodes.cpp" line="65"/>
        <source>The carrier filtered the message (suspected spam).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/DeliveryErrorCodes.cpp" line="43"/>
        <location filename="../core/sms/DeliveryErrorCodes.cpp" line="66"/>
        <source>Escalate to the provider administrator (sender registration, content).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/DeliveryErrorCodes.cpp" line="44"/>
        <location filename="../core/sms/DeliveryErrorCodes.cpp" line="54"/>
        <source>Delivery failed for an unknown reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/DeliveryErrorCodes.cpp" line="45"/>
        <location filename="../core/sms/DeliveryErrorCodes.cpp" line="55"/>
        <location filename="../core/sms/DeliveryErrorCodes.cpp" line="64"/>
        <source>Try again later; if it persists, escalate to the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/DeliveryErrorCodes.cpp" line="46"/>
        <source>The US sender number is not registered for A2P 10DLC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/DeliveryErrorCodes.cpp" line="47"/>
        <source>Escalate: the sender must be registered before US delivery works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/DeliveryErrorCodes.cpp" line="48"/>
        <source>The provider account was suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/DeliveryErrorCodes.cpp" line="49"/>
        <source>Escalate to the provider administrator (billing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/DeliveryErrorCodes.cpp" line="56"/>
        <source>The handset is temporarily unreachable (off or no signal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/DeliveryErrorCodes.cpp" line="58"/>
        <source>The number is permanently unreachable (may no longer exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/DeliveryErrorCodes.cpp" line="60"/>
        <source>The recipient blocked messages from this sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/DeliveryErrorCodes.cpp" line="63"/>
        <source>The number was ported and the route is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/DeliveryErrorCodes.cpp" line="67"/>
        <source>The handset was busy or its memory is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/DeliveryErrorCodes.cpp" line="68"/>
        <source>Ask the client to free space for messages and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/DeliveryErrorCodes.cpp" line="69"/>
        <source>A network error prevented delivery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/DeliveryErrorCodes.cpp" line="70"/>
        <source>Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/DeliveryErrorCodes.cpp" line="73"/>
        <source>There is no route to this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/DeliveryErrorCodes.cpp" line="74"/>
        <source>Escalate to the provider; try another provider if one is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/DeliveryErrorCodes.cpp" line="75"/>
        <source>The recipient&apos;s prepaid account has no credit for SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/DeliveryErrorCodes.cpp" line="76"/>
        <source>Ask the client to top up, or use the authenticator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/DeliveryErrorCodes.cpp" line="87"/>
        <source>Error %1 is not in Back Office&apos;s list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/DeliveryErrorCodes.cpp" line="88"/>
        <source>Look the code up in the provider&apos;s documentation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <location filename="../core/diagnosis/DiagnosisRunner.cpp" line="45"/>
        <source>No answer within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/DiagnosisRunner.cpp" line="47"/>
        <source>Run the diagnosis again; if it keeps timing out, check the provider&apos;s service status and this computer&apos;s network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/DiagnosisRunner.cpp" line="90"/>
        <source>Cancelled by the operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/Finding.cpp" line="30"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/Finding.cpp" line="32"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/Finding.cpp" line="34"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/Finding.cpp" line="36"/>
        <source>Could not check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/Finding.cpp" line="95"/>
        <source>2FA diagnosis for client %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/Finding.cpp" line="97"/>
        <source>2FA method: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/Finding.cpp" line="98"/>
        <source>Checked at: %1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/Finding.cpp" line="102"/>
        <source>The diagnosis was cancelled before every check finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/Finding.cpp" line="109"/>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/AuthenticatorSecretCheck.cpp" line="12"/>
        <source>Authenticator secret stored and readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/AuthenticatorCodeCheck.cpp" line="19"/>
        <source>%1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/AuthenticatorCodeCheck.cpp" line="20"/>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/AuthenticatorCodeCheck.cpp" line="21"/>
        <source>about %1 ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/AuthenticatorCodeCheck.cpp" line="22"/>
        <source>about %1 behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/AuthenticatorCodeCheck.cpp" line="28"/>
        <source>Code from the client&apos;s app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/AuthenticatorCodeCheck.cpp" line="45"/>
        <source>The code typed is not a code of this client&apos;s app (it shows %1 digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/AuthenticatorCodeCheck.cpp" line="48"/>
        <source>Ask the client to read out all the digits the app shows now, and run the diagnosis again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/AuthenticatorCodeCheck.cpp" line="55"/>
        <source>Too many code checks for this client in the last 10 minutes; allowed again at %1 UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/AuthenticatorCodeCheck.cpp" line="59"/>
        <source>Wait until then; the limit keeps the check from being used to guess codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/AuthenticatorCodeCheck.cpp" line="64"/>
        <source>The code could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/AuthenticatorCodeCheck.cpp" line="72"/>
        <source>The code matches now: the app holds the right secret and the device clock is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/AuthenticatorCodeCheck.cpp" line="74"/>
        <source>If sign-in still fails, ask the client to type the code before it changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/AuthenticatorCodeCheck.cpp" line="79"/>
        <source>The code belongs to a time %1 (%2 steps): the secret is right, the device clock is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/AuthenticatorCodeCheck.cpp" line="83"/>
        <source>Tell the client to turn on automatic date and time in the phone&apos;s settings. In Google Authenticator on Android: Settings &gt; Time correction for codes &gt; Sync now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/AuthenticatorCodeCheck.cpp" line="89"/>
        <source>The code matches no time within 24 hours: the app holds another secret or another account, or the device was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/AuthenticatorCodeCheck.cpp" line="93"/>
        <location filename="../core/diagnosis/checks/AuthenticatorSecretCheck.cpp" line="18"/>
        <source>Only at the client&apos;s explicit request: disable Google Authenticator on the Settings tab (this removes a layer of protection) and ask the client to enable it again in the Security section of the client UI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/AuthenticatorSecretCheck.cpp" line="25"/>
        <source>No authenticator secret is stored for this client, so no code can be valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/AuthenticatorSecretCheck.cpp" line="32"/>
        <source>The data key is not available (%1), so the secret cannot be read here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/AuthenticatorSecretCheck.cpp" line="36"/>
        <source>Unlock the system keychain, or import the data key with &apos;backoffice-cli keys import&apos;, then run the diagnosis again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/AuthenticatorSecretCheck.cpp" line="44"/>
        <source>The stored secret cannot be decrypted: it was altered or sealed with another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/AuthenticatorSecretCheck.cpp" line="50"/>
        <source>A secret is stored (%1, %2 digits, %3 s) and decrypts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/PhoneNumberCheck.cpp" line="13"/>
        <source>Phone number can receive SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/PhoneNumberCheck.cpp" line="20"/>
        <source>Ask the client to correct the mobile number in the client UI, or to switch to Google Authenticator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/PhoneNumberCheck.cpp" line="27"/>
        <source>The client has no phone number on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/PhoneNumberCheck.cpp" line="32"/>
        <source>%1 is not an international (E.164) number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/PhoneNumberCheck.cpp" line="35"/>
        <source>%1 is not a valid number in the numbering plan of its country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/PhoneNumberCheck.cpp" line="46"/>
        <source>%1 is a valid mobile number (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/PhoneNumberCheck.cpp" line="51"/>
        <source>%1 is valid (%2); its range does not tell mobile from landline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/PhoneNumberCheck.cpp" line="58"/>
        <source>%1 is a landline number: it cannot receive SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/PhoneNumberCheck.cpp" line="64"/>
        <source>%1 is not a mobile number (VoIP, toll-free or special range); many of these do not receive SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/TwoFactorEnabledCheck.cpp" line="12"/>
        <source>A 2FA option is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/TwoFactorEnabledCheck.cpp" line="22"/>
        <source>Neither Google Authenticator nor SMS confirmation is on for this client, so no codes are sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/TwoFactorEnabledCheck.cpp" line="25"/>
        <source>Ask the client to turn on 2FA in the Security section of the client UI. The Back Office cannot turn it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/TwoFactorEnabledCheck.cpp" line="31"/>
        <source>Google Authenticator is on since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/TwoFactorEnabledCheck.cpp" line="34"/>
        <source>SMS confirmation is on since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/SmsFailureAdvice.cpp" line="14"/>
        <source>In System &gt; SMS providers, edit %1 and enter the right account ID and auth token (or API key and secret) from the provider&apos;s console, then check the credentials again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/SmsFailureAdvice.cpp" line="20"/>
        <source>Top up the %1 account (or ask whoever pays for it), then send a test SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/SmsFailureAdvice.cpp" line="24"/>
        <source>The provider did not answer. Look at its status page; if the outage goes on, contact the provider&apos;s support. Codes will arrive again once it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/SmsFailureAdvice.cpp" line="30"/>
        <source>The provider is throttling requests; wait %1 s before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/SmsFailureAdvice.cpp" line="33"/>
        <source>The provider is throttling requests; wait a minute before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/SmsFailureAdvice.cpp" line="36"/>
        <source>The provider refused the request (%1). Check the provider settings, and contact the provider if they are right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/SmsFailureAdvice.cpp" line="42"/>
        <source>The answer was not what %1&apos;s API sends: check the API base URL in the provider settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/SmsFailureAdvice.cpp" line="47"/>
        <source>The provider&apos;s certificate could not be verified: check the API base URL and any proxy between this computer and the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/SmsFailureAdvice.cpp" line="52"/>
        <source>In System &gt; SMS providers, edit %1 and enter its auth token / API secret; if the keychain is locked, unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/SmsFailureAdvice.cpp" line="66"/>
        <source>Top up the %1 account before it runs out; SMS stop when the balance is used up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/SmsFailureAdvice.cpp" line="70"/>
        <source>The provider reports an incident: codes may be late or lost until it is resolved. Follow its status page; if the client cannot wait, suggest Google Authenticator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/SmsFailureAdvice.cpp" line="75"/>
        <source>The provider account is not active: contact the provider (billing or compliance) to reactivate it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosisReport</name>
    <message>
        <location filename="../ui/diagnosis/DiagnosisReport.cpp" line="35"/>
        <location filename="../ui/diagnosis/DiagnosisReport.cpp" line="63"/>
        <source>2FA diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosis/DiagnosisReport.cpp" line="37"/>
        <source>2FA diagnosis for client %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosis/DiagnosisReport.cpp" line="39"/>
        <source>2FA method: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosis/DiagnosisReport.cpp" line="40"/>
        <source>Checked at: %1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosis/DiagnosisReport.cpp" line="43"/>
        <source>The diagnosis was cancelled before every check finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosis/DiagnosisReport.cpp" line="46"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosis/DiagnosisReport.cpp" line="46"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosis/DiagnosisReport.cpp" line="46"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosis/DiagnosisReport.cpp" line="47"/>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosis/DiagnosisReport.cpp" line="70"/>
        <source>The PDF could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <location filename="../core/common/Error.cpp" line="13"/>
        <source>invalid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/Error.cpp" line="16"/>
        <source>%1 not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/Error.cpp" line="19"/>
        <source>the record was changed by someone else; reload and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/Error.cpp" line="22"/>
        <source>your role does not allow this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/Error.cpp" line="25"/>
        <source>database error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/Error.cpp" line="28"/>
        <source>the database was created by a newer version of Back Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/Error.cpp" line="31"/>
        <source>the system keychain is unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/Error.cpp" line="34"/>
        <source>the data key is missing from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/Error.cpp" line="37"/>
        <source>a stored secret could not be decrypted (wrong key or tampered data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/Error.cpp" line="41"/>
        <source>network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/Error.cpp" line="44"/>
        <source>the remote service refused the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/Error.cpp" line="47"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/Error.cpp" line="50"/>
        <source>too many attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/Error.cpp" line="53"/>
        <source>account locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/Error.cpp" line="56"/>
        <source>internal error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <location filename="../core/clients/ClientImporter.cpp" line="46"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clients/ClientImporter.cpp" line="48"/>
        <source>the header must be exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clients/ClientImporter.cpp" line="50"/>
        <source>not valid CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clients/ClientImporter.cpp" line="52"/>
        <source>wrong number of fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clients/ClientImporter.cpp" line="54"/>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clients/ClientImporter.cpp" line="56"/>
        <source>not a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clients/ClientImporter.cpp" line="58"/>
        <source>duplicate id, first on line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clients/ClientImporter.cpp" line="60"/>
        <source>a client with this id already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clients/ClientImporter.cpp" line="62"/>
        <source>not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clients/ClientImporter.cpp" line="64"/>
        <source>not in E.164 format (+ and country code, digits only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clients/ClientImporter.cpp" line="66"/>
        <source>not a valid phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clients/ClientImporter.cpp" line="68"/>
        <source>not an ISO 3166-1 alpha-2 country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clients/ClientImporter.cpp" line="70"/>
        <source>must be none, authenticator or sms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clients/ClientImporter.cpp" line="72"/>
        <source>SMS confirmation needs a valid phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clients/ClientImporter.cpp" line="74"/>
        <source>must be empty unless twofa_method is authenticator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clients/ClientImporter.cpp" line="76"/>
        <source>not base32 (letters A-Z and digits 2-7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clients/ClientImporter.cpp" line="78"/>
        <source>too short: at least 80 bits (16 base32 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clients/ClientImporter.cpp" line="80"/>
        <source>must be 6, 7 or 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clients/ClientImporter.cpp" line="82"/>
        <source>must be between 10 and 120 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clients/ClientImporter.cpp" line="84"/>
        <source>must be SHA1, SHA256 or SHA512</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clients/ClientImporter.cpp" line="128"/>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperatorErrorText</name>
    <message>
        <location filename="../ui/operators/OperatorErrorText.cpp" line="18"/>
        <source>A user name is 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; or &apos;@&apos;, without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/OperatorErrorText.cpp" line="21"/>
        <source>The display name is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/OperatorErrorText.cpp" line="23"/>
        <source>The first operator must be an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/OperatorErrorText.cpp" line="24"/>
        <source>Invalid input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/OperatorErrorText.cpp" line="27"/>
        <source>An operator with this user name exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/OperatorErrorText.cpp" line="29"/>
        <source>This is the last enabled administrator: nobody could manage operators any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/OperatorErrorText.cpp" line="31"/>
        <source>Operators exist already; an administrator must add new ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/OperatorErrorText.cpp" line="34"/>
        <source>Only administrators manage operators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/OperatorErrorText.cpp" line="36"/>
        <source>This operator does not exist any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/OperatorErrorText.cpp" line="38"/>
        <source>The change failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderError</name>
    <message>
        <location filename="../core/sms/ProviderError.cpp" line="50"/>
        <source>Wrong credentials: the provider did not accept the account ID and secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/ProviderError.cpp" line="54"/>
        <source>Insufficient balance: the provider account is out of funds or not active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/ProviderError.cpp" line="58"/>
        <source>Provider unavailable (%1): try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/ProviderError.cpp" line="59"/>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sms/ProviderError.cpp" line="63"/>
        <source>Rate limited: too many requests; retry in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/sms/ProviderError.cpp" line="65"/>
        <source>Rate limited: too many requests; retry later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/ProviderError.cpp" line="68"/>
        <source>The provider rejected the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/ProviderError.cpp" line="72"/>
        <source>The provider&apos;s answer could not be understood (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/ProviderError.cpp" line="76"/>
        <source>The provider&apos;s certificate could not be verified; the connection was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/ProviderError.cpp" line="80"/>
        <source>The provider&apos;s secret is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/ProviderError.cpp" line="83"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/ProviderError.cpp" line="87"/>
        <source>(provider code %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderHealthMonitor</name>
    <message>
        <location filename="../core/sms/ProviderHealthMonitor.cpp" line="21"/>
        <source>SMS providers could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/ProviderHealthMonitor.cpp" line="31"/>
        <source>SMS provider %1 is failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/ProviderHealthMonitor.cpp" line="36"/>
        <source>SMS provider %1 is below its balance threshold (%2 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/ProviderHealthMonitor.cpp" line="42"/>
        <source>No SMS provider is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/ProviderHealthMonitor.cpp" line="48"/>
        <source>SMS providers OK.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmsFailureReport</name>
    <message>
        <location filename="../core/sms/SmsFailureReport.cpp" line="71"/>
        <source>The message failed without an error code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/SmsFailureReport.cpp" line="72"/>
        <source>Refresh its status; if it stays failed, look it up in the provider&apos;s console.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmsStatusText</name>
    <message>
        <location filename="../ui/sms/SmsStatusText.cpp" line="10"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/SmsStatusText.cpp" line="12"/>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/SmsStatusText.cpp" line="14"/>
        <source>Sent (no delivery receipt yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/SmsStatusText.cpp" line="16"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/SmsStatusText.cpp" line="18"/>
        <source>Undelivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/SmsStatusText.cpp" line="20"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backoffice::SmsProviderCheck</name>
    <message>
        <location filename="../core/diagnosis/checks/SmsProviderCheck.cpp" line="37"/>
        <source>%1: credentials accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/SmsProviderCheck.cpp" line="39"/>
        <source>%1: balance sufficient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/SmsProviderCheck.cpp" line="41"/>
        <source>%1: service available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backoffice::SmsProviderConfigurationCheck</name>
    <message>
        <location filename="../core/diagnosis/checks/SmsProviderConfigurationCheck.cpp" line="13"/>
        <source>SMS provider enabled and configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/SmsProviderConfigurationCheck.cpp" line="21"/>
        <source>The provider settings could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/SmsProviderConfigurationCheck.cpp" line="29"/>
        <source>No SMS provider is set up, so no SMS code can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/diagnosis/checks/SmsProviderConfigurationCheck.cpp" line="30"/>
        <source>%n SMS provider(s) set up, but none is enabled, so no SMS code can be sent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/SmsProviderConfigurationCheck.cpp" line="33"/>
        <source>In System &gt; SMS providers, edit the provider (such as Twilio), check its settings and turn on Enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/SmsProviderConfigurationCheck.cpp" line="43"/>
        <source>no auth token / API secret stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/SmsProviderConfigurationCheck.cpp" line="46"/>
        <source>%1 (%2) is enabled and its settings are complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/SmsProviderConfigurationCheck.cpp" line="50"/>
        <source>%1 (%2) is enabled but its configuration is incomplete: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/SmsProviderConfigurationCheck.cpp" line="53"/>
        <source>In System &gt; SMS providers, edit %1 and complete the highlighted fields.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backoffice::SmsRecentMessagesCheck</name>
    <message>
        <location filename="../core/diagnosis/checks/SmsRecentMessagesCheck.cpp" line="25"/>
        <source>Recent SMS to the client&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/SmsRecentMessagesCheck.cpp" line="41"/>
        <source>The message log could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/SmsRecentMessagesCheck.cpp" line="51"/>
        <source>No SMS to %1 is in the message log (it holds the messages sent through Back Office, such as test SMS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/SmsRecentMessagesCheck.cpp" line="54"/>
        <source>To see how the client&apos;s carrier handles SMS, run the diagnosis with a test SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/SmsRecentMessagesCheck.cpp" line="62"/>
        <source>%1 of the last %2 message(s) failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/SmsRecentMessagesCheck.cpp" line="69"/>
        <source>The last SMS (%1, via %2) was delivered. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/SmsRecentMessagesCheck.cpp" line="74"/>
        <source>The last SMS (%1, via %2) was %3 without an error code. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/SmsRecentMessagesCheck.cpp" line="77"/>
        <source>Contact the provider with the message ID %1 to learn why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/SmsRecentMessagesCheck.cpp" line="80"/>
        <source>The last SMS (%1, via %2) was %3 with error %4: %5 %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/SmsRecentMessagesCheck.cpp" line="93"/>
        <source>The last SMS (%1, via %2) is on its way (%3). %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/SmsRecentMessagesCheck.cpp" line="97"/>
        <source>The last SMS (%1, via %2) is still &quot;%3&quot; after %4 minutes: no delivery receipt from the client&apos;s carrier, which is delaying or silently blocking it. %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/SmsRecentMessagesCheck.cpp" line="102"/>
        <source>Refresh the status on the client&apos;s SMS tab. If it stays like this, contact the provider with the message ID %1 and the client&apos;s number; meanwhile suggest Google Authenticator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backoffice::SmsTestMessageCheck</name>
    <message>
        <location filename="../core/diagnosis/checks/SmsTestMessageCheck.cpp" line="24"/>
        <source>Test SMS to %1 via %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/SmsTestMessageCheck.cpp" line="40"/>
        <source>Back Office test message: your phone receives SMS from us. No action is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/SmsTestMessageCheck.cpp" line="117"/>
        <source>Test SMS %1 to %2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/SmsTestMessageCheck.cpp" line="120"/>
        <source>delivered to the phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/SmsTestMessageCheck.cpp" line="127"/>
        <source>Contact the provider with the message ID %1 to learn why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/SmsTestMessageCheck.cpp" line="141"/>
        <source>still &quot;%1&quot; after %2 s: the carrier has not confirmed delivery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/diagnosis/checks/SmsTestMessageCheck.cpp" line="144"/>
        <source>Ask the client whether the test SMS arrived. If not, the client&apos;s carrier is delaying or blocking it: contact the provider with the message ID %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backoffice::ui::AuditPage</name>
    <message>
        <location filename="../ui/audit/AuditPage.cpp" line="101"/>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditPage.cpp" line="103"/>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditPage.cpp" line="106"/>
        <source>Check &amp;integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditPage.cpp" line="107"/>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditPage.cpp" line="109"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditPage.cpp" line="111"/>
        <source>Client ID filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditPage.cpp" line="112"/>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditPage.cpp" line="117"/>
        <source>Operator filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditPage.cpp" line="118"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditPage.cpp" line="121"/>
        <source>Action filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditPage.cpp" line="123"/>
        <source>Filter from a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditPage.cpp" line="125"/>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditPage.cpp" line="129"/>
        <source>Filter up to a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditPage.cpp" line="131"/>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditPage.cpp" line="135"/>
        <source>Audit log integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditPage.cpp" line="138"/>
        <source>Check the audit log&apos;s integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditPage.cpp" line="140"/>
        <source>Export the shown events to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditPage.cpp" line="142"/>
        <source>Audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditPage.cpp" line="184"/>
        <source>The audit log could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditPage.cpp" line="188"/>
        <source>Checking the audit log&apos;s integrity… %1 of %2 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audit/AuditPage.cpp" line="207"/>
        <source>%n events exported to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditPage.cpp" line="209"/>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditPage.cpp" line="211"/>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditPage.cpp" line="278"/>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditPage.cpp" line="292"/>
        <source>Checking the audit log&apos;s integrity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditPage.cpp" line="300"/>
        <source>Integrity check cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditPage.cpp" line="301"/>
        <source>The integrity check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audit/AuditPage.cpp" line="308"/>
        <source>Audit log intact (%n events)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditPage.cpp" line="314"/>
        <source>the event was changed after it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditPage.cpp" line="317"/>
        <source>an event before it was deleted or inserted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditPage.cpp" line="320"/>
        <source>the newest events were deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditPage.cpp" line="325"/>
        <source>Chain broken at event #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditPage.cpp" line="333"/>
        <source>Export audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditPage.cpp" line="334"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditPage.cpp" line="345"/>
        <source>Exporting the audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditPage.cpp" line="345"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditPage.cpp" line="347"/>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backoffice::ui::AuditTableModel</name>
    <message>
        <location filename="../ui/audit/AuditTableModel.cpp" line="81"/>
        <source>Event #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditTableModel.cpp" line="82"/>
        <source>Event #%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditTableModel.cpp" line="102"/>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditTableModel.cpp" line="116"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditTableModel.cpp" line="118"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditTableModel.cpp" line="120"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditTableModel.cpp" line="122"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditTableModel.cpp" line="124"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditTableModel.cpp" line="126"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/audit/AuditTableModel.cpp" line="128"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backoffice::ui::CheckCodeWidget</name>
    <message>
        <location filename="../ui/twofactor/CheckCodeWidget.cpp" line="21"/>
        <location filename="../ui/twofactor/CheckCodeWidget.cpp" line="28"/>
        <source>Check a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/twofactor/CheckCodeWidget.cpp" line="31"/>
        <source>Ask the client to read out the code Google Authenticator shows now, and type it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/twofactor/CheckCodeWidget.cpp" line="36"/>
        <source>Code the client reads out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/twofactor/CheckCodeWidget.cpp" line="37"/>
        <source>6 to 8 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/twofactor/CheckCodeWidget.cpp" line="42"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/twofactor/CheckCodeWidget.cpp" line="44"/>
        <source>Check the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/twofactor/CheckCodeWidget.cpp" line="49"/>
        <source>Result of the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/twofactor/CheckCodeWidget.cpp" line="55"/>
        <source>Checks left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/twofactor/CheckCodeWidget.cpp" line="75"/>
        <location filename="../ui/twofactor/CheckCodeWidget.cpp" line="168"/>
        <source>Your role does not allow checking codes; ask a support operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/twofactor/CheckCodeWidget.cpp" line="103"/>
        <source>Type all the digits the app shows (6 to 8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/twofactor/CheckCodeWidget.cpp" line="123"/>
        <source>Valid: the code is right. The client&apos;s app holds the right secret and its clock is correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/twofactor/CheckCodeWidget.cpp" line="132"/>
        <source>The code is right, but the device clock is about 1 minute ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/twofactor/CheckCodeWidget.cpp" line="133"/>
        <source>The code is right, but the device clock is about %1 minutes ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/twofactor/CheckCodeWidget.cpp" line="136"/>
        <source>The code is right, but the device clock is about 1 minute behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/twofactor/CheckCodeWidget.cpp" line="137"/>
        <source>The code is right, but the device clock is about %1 minutes behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/twofactor/CheckCodeWidget.cpp" line="139"/>
        <source>Tell the client to turn on automatic date and time in the phone&apos;s settings. In Google Authenticator on Android: Settings &gt; Time correction for codes &gt; Sync now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/twofactor/CheckCodeWidget.cpp" line="144"/>
        <source>No match within 24 hours: the client&apos;s app holds another secret or another account. Disable Google Authenticator for this client and let them enrol again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/twofactor/CheckCodeWidget.cpp" line="158"/>
        <source>Too many checks for this client: 10 are allowed per 10 minutes. Try again at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/twofactor/CheckCodeWidget.cpp" line="163"/>
        <source>This client does not have Google Authenticator on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/twofactor/CheckCodeWidget.cpp" line="165"/>
        <source>That is not a code from this client&apos;s app: type all the digits the app shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/twofactor/CheckCodeWidget.cpp" line="171"/>
        <source>This client no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/twofactor/CheckCodeWidget.cpp" line="174"/>
        <source>Codes cannot be checked: this database&apos;s data key is not in the keychain. Import it with &apos;backoffice-cli keys import&apos; from a desktop that has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/twofactor/CheckCodeWidget.cpp" line="178"/>
        <source>Codes cannot be checked: the system keychain is unavailable or locked. Unlock it (or sign in again) and reopen the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/twofactor/CheckCodeWidget.cpp" line="182"/>
        <source>Codes cannot be checked: the client&apos;s secret cannot be decrypted (wrong data key or damaged data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/twofactor/CheckCodeWidget.cpp" line="186"/>
        <source>The check failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/twofactor/CheckCodeWidget.cpp" line="210"/>
        <source>No checks left for this client; the next is allowed at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/twofactor/CheckCodeWidget.cpp" line="217"/>
        <source>%1 of %2 checks left; resets at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/twofactor/CheckCodeWidget.cpp" line="222"/>
        <source>%1 of %2 checks left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/twofactor/CheckCodeWidget.cpp" line="244"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backoffice::ui::ClientDetailsDialog</name>
    <message>
        <location filename="../ui/clients/ClientDetailsDialog.cpp" line="53"/>
        <source>Client details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientDetailsDialog.cpp" line="59"/>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientDetailsDialog.cpp" line="60"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientDetailsDialog.cpp" line="61"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientDetailsDialog.cpp" line="62"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientDetailsDialog.cpp" line="63"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientDetailsDialog.cpp" line="64"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientDetailsDialog.cpp" line="65"/>
        <source>ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientDetailsDialog.cpp" line="66"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientDetailsDialog.cpp" line="67"/>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientDetailsDialog.cpp" line="68"/>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientDetailsDialog.cpp" line="69"/>
        <source>Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientDetailsDialog.cpp" line="70"/>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientDetailsDialog.cpp" line="71"/>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientDetailsDialog.cpp" line="76"/>
        <source>2FA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientDetailsDialog.cpp" line="77"/>
        <source>Two-factor authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientDetailsDialog.cpp" line="79"/>
        <source>Google Authenticator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientDetailsDialog.cpp" line="80"/>
        <source>Google Authenticator state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientDetailsDialog.cpp" line="82"/>
        <location filename="../ui/clients/ClientDetailsDialog.cpp" line="88"/>
        <source>Disable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientDetailsDialog.cpp" line="83"/>
        <source>Disable Google Authenticator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientDetailsDialog.cpp" line="85"/>
        <source>SMS confirmation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientDetailsDialog.cpp" line="86"/>
        <source>SMS confirmation state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientDetailsDialog.cpp" line="89"/>
        <source>Disable SMS confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientDetailsDialog.cpp" line="91"/>
        <source>No 2FA option is on. Only the client can turn one on, in the Security section of the client UI; operators can never turn a method on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientDetailsDialog.cpp" line="103"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientDetailsDialog.cpp" line="106"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientDetailsDialog.cpp" line="137"/>
        <source>Client %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientDetailsDialog.cpp" line="139"/>
        <source>The client could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientDetailsDialog.cpp" line="147"/>
        <source>Client %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientDetailsDialog.cpp" line="147"/>
        <source>Client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientDetailsDialog.cpp" line="151"/>
        <location filename="../ui/clients/ClientDetailsDialog.cpp" line="153"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientDetailsDialog.cpp" line="153"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientDetailsDialog.cpp" line="158"/>
        <source>On (since %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientDetailsDialog.cpp" line="158"/>
        <location filename="../ui/clients/ClientDetailsDialog.cpp" line="159"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientDetailsDialog.cpp" line="159"/>
        <source>On (since %1), to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientDetailsDialog.cpp" line="167"/>
        <source>Your role does not allow disabling 2FA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientDetailsDialog.cpp" line="188"/>
        <source>%1 is now off. The change is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientDetailsDialog.cpp" line="189"/>
        <source>Google Authenticator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientDetailsDialog.cpp" line="189"/>
        <source>SMS confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientDetailsDialog.cpp" line="193"/>
        <source>Nothing was changed: the client was changed elsewhere since you opened it. The view now shows the current state; check it and try again if still needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backoffice::ui::ClientListModel</name>
    <message>
        <location filename="../ui/clients/ClientListModel.cpp" line="17"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientListModel.cpp" line="19"/>
        <source>Google Authenticator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientListModel.cpp" line="21"/>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientListModel.cpp" line="138"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientListModel.cpp" line="140"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientListModel.cpp" line="142"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientListModel.cpp" line="144"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientListModel.cpp" line="146"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientListModel.cpp" line="148"/>
        <source>2FA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientListModel.cpp" line="150"/>
        <source>Enabled at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backoffice::ui::ClientSmsHistoryWidget</name>
    <message>
        <location filename="../ui/sms/ClientSmsHistoryWidget.cpp" line="39"/>
        <source>SMS sent to the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ClientSmsHistoryWidget.cpp" line="45"/>
        <source>No SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ClientSmsHistoryWidget.cpp" line="46"/>
        <source>No SMS was sent to this client through Back Office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ClientSmsHistoryWidget.cpp" line="47"/>
        <source>No SMS was sent to %1 through Back Office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ClientSmsHistoryWidget.cpp" line="51"/>
        <source>&amp;Refresh status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ClientSmsHistoryWidget.cpp" line="53"/>
        <source>Refresh status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ClientSmsHistoryWidget.cpp" line="54"/>
        <source>Ask the providers for the current status of the messages not delivered or failed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ClientSmsHistoryWidget.cpp" line="58"/>
        <source>Status refresh progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ClientSmsHistoryWidget.cpp" line="61"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ClientSmsHistoryWidget.cpp" line="63"/>
        <source>Cancel status refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ClientSmsHistoryWidget.cpp" line="73"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ClientSmsHistoryWidget.cpp" line="117"/>
        <source>Every message has its final status already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ClientSmsHistoryWidget.cpp" line="125"/>
        <source>Asking the providers for the current status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/ClientSmsHistoryWidget.cpp" line="148"/>
        <source>Refresh cancelled: %n message(s) updated.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/ClientSmsHistoryWidget.cpp" line="150"/>
        <source>%n message(s) updated; the provider could not answer for %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/ClientSmsHistoryWidget.cpp" line="153"/>
        <source>%n message(s) updated.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backoffice::ui::ClientsPage</name>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="28"/>
        <location filename="../ui/clients/ClientsPage.cpp" line="63"/>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="34"/>
        <source>Search by ID, name, e-mail or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="35"/>
        <source>Search clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="38"/>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="41"/>
        <source>&amp;2FA:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="43"/>
        <source>2FA method filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="44"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="45"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="46"/>
        <source>Google Authenticator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="47"/>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="48"/>
        <source>2FA methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="53"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="54"/>
        <source>Edit the selected client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="56"/>
        <source>&amp;Diagnose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="57"/>
        <source>Diagnose the selected client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="58"/>
        <source>Check every possible reason why this client gets no 2FA codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="95"/>
        <source>Number of clients found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="154"/>
        <source>The search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="156"/>
        <source>%1+ clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="158"/>
        <source>1 client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="158"/>
        <source>%1 clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="164"/>
        <source>No client matches this search. Search by ID, name, e-mail or the last digits of a phone number, or change the 2FA filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/ClientsPage.cpp" line="166"/>
        <source>There are no clients in this database yet. Import them with &apos;backoffice-cli clients import FILE.csv&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backoffice::ui::DemoDataOffer</name>
    <message>
        <location filename="../ui/clients/DemoDataOffer.cpp" line="38"/>
        <source>Create demo data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/DemoDataOffer.cpp" line="39"/>
        <source>This database has no clients yet.

Create realistic demo clients to try Back Office? How many:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/DemoDataOffer.cpp" line="52"/>
        <location filename="../ui/clients/DemoDataOffer.cpp" line="68"/>
        <location filename="../ui/clients/DemoDataOffer.cpp" line="115"/>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/DemoDataOffer.cpp" line="53"/>
        <source>The demo clients were not created: the data key that protects authenticator secrets is unavailable (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/DemoDataOffer.cpp" line="66"/>
        <source>Creating %1 demo clients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/DemoDataOffer.cpp" line="66"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/DemoDataOffer.cpp" line="69"/>
        <source>Demo data progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/DemoDataOffer.cpp" line="116"/>
        <source>The demo clients were not created: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backoffice::ui::DiagnosisDialog</name>
    <message>
        <location filename="../ui/diagnosis/DiagnosisDialog.cpp" line="55"/>
        <source>Diagnose %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosis/DiagnosisDialog.cpp" line="60"/>
        <source>&lt;b&gt;Why doesn&apos;t %1 (client %2) get 2FA codes?&lt;/b&gt; Every possible reason that applies to the client&apos;s 2FA method is checked at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosis/DiagnosisDialog.cpp" line="71"/>
        <source>optional: the code the client reads from the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosis/DiagnosisDialog.cpp" line="74"/>
        <source>Code from the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosis/DiagnosisDialog.cpp" line="75"/>
        <source>With a code, the diagnosis also tells whether the client&apos;s device clock is off. The code is never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosis/DiagnosisDialog.cpp" line="77"/>
        <source>Code from the &amp;client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosis/DiagnosisDialog.cpp" line="79"/>
        <source>Also send a test SMS to %1 and follow its delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosis/DiagnosisDialog.cpp" line="80"/>
        <source>Send a test SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosis/DiagnosisDialog.cpp" line="86"/>
        <source>Diagnosis progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosis/DiagnosisDialog.cpp" line="88"/>
        <source>%v of %m checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosis/DiagnosisDialog.cpp" line="94"/>
        <source>Diagnosis summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosis/DiagnosisDialog.cpp" line="99"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosis/DiagnosisDialog.cpp" line="99"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosis/DiagnosisDialog.cpp" line="99"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosis/DiagnosisDialog.cpp" line="99"/>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosis/DiagnosisDialog.cpp" line="100"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosis/DiagnosisDialog.cpp" line="113"/>
        <source>&amp;Run diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosis/DiagnosisDialog.cpp" line="114"/>
        <source>Run diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosis/DiagnosisDialog.cpp" line="116"/>
        <source>C&amp;ancel diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosis/DiagnosisDialog.cpp" line="117"/>
        <source>Cancel diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosis/DiagnosisDialog.cpp" line="118"/>
        <source>&amp;Copy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosis/DiagnosisDialog.cpp" line="119"/>
        <source>Copy report as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosis/DiagnosisDialog.cpp" line="120"/>
        <source>&amp;Save report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosis/DiagnosisDialog.cpp" line="121"/>
        <source>Save report as HTML or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosis/DiagnosisDialog.cpp" line="123"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosis/DiagnosisDialog.cpp" line="155"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosis/DiagnosisDialog.cpp" line="164"/>
        <source>Checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosis/DiagnosisDialog.cpp" line="172"/>
        <source>Your role does not allow diagnosing clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosis/DiagnosisDialog.cpp" line="180"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosis/DiagnosisDialog.cpp" line="224"/>
        <source>Cancelled: the checks that had not finished are marked &quot;Could not check&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosis/DiagnosisDialog.cpp" line="226"/>
        <source>No problem found: every check is OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/diagnosis/DiagnosisDialog.cpp" line="228"/>
        <source>%n problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/diagnosis/DiagnosisDialog.cpp" line="228"/>
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/diagnosis/DiagnosisDialog.cpp" line="229"/>
        <source>%n could not be checked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/diagnosis/DiagnosisDialog.cpp" line="240"/>
        <source>The diagnosis could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosis/DiagnosisDialog.cpp" line="248"/>
        <source>Report copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosis/DiagnosisDialog.cpp" line="259"/>
        <source>Save diagnosis report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosis/DiagnosisDialog.cpp" line="260"/>
        <source>PDF document (*.pdf);;HTML page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosis/DiagnosisDialog.cpp" line="265"/>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosis/DiagnosisDialog.cpp" line="265"/>
        <source>The report could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/diagnosis/DiagnosisDialog.cpp" line="267"/>
        <source>Report saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backoffice::ui::DisableTwoFactorDialog</name>
    <message>
        <location filename="../ui/clients/DisableTwoFactorDialog.cpp" line="22"/>
        <location filename="../ui/clients/DisableTwoFactorDialog.cpp" line="73"/>
        <source>Disable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/DisableTwoFactorDialog.cpp" line="26"/>
        <source>&lt;b&gt;Disable %1 for %2 (ID %3)?&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/DisableTwoFactorDialog.cpp" line="37"/>
        <source>Disabling two-factor authentication removes a layer of protection from the client&apos;s account. Do it only at the client&apos;s explicit request and under the client&apos;s own responsibility.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/DisableTwoFactorDialog.cpp" line="42"/>
        <source>The authenticator secret is erased: to use Google Authenticator again the client sets it up anew in the Security section of the client UI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/DisableTwoFactorDialog.cpp" line="45"/>
        <source>The client can turn SMS confirmation on again in the Security section of the client UI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/DisableTwoFactorDialog.cpp" line="52"/>
        <location filename="../ui/clients/DisableTwoFactorDialog.cpp" line="53"/>
        <source>The client explicitly asked for this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/DisableTwoFactorDialog.cpp" line="58"/>
        <source>e.g. ticket SUP-1234: lost phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/DisableTwoFactorDialog.cpp" line="59"/>
        <source>Reason or ticket reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/DisableTwoFactorDialog.cpp" line="61"/>
        <source>&amp;Reason or ticket reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/DisableTwoFactorDialog.cpp" line="72"/>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/DisableTwoFactorDialog.cpp" line="75"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/DisableTwoFactorDialog.cpp" line="118"/>
        <source>Your role does not allow disabling a client&apos;s two-factor authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/DisableTwoFactorDialog.cpp" line="121"/>
        <source>Tick that the client asked for this and give a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clients/DisableTwoFactorDialog.cpp" line="124"/>
        <source>Nothing was changed: the database reported an error (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backoffice::ui::FirstAdministratorDialog</name>
    <message>
        <location filename="../ui/operators/FirstAdministratorDialog.cpp" line="26"/>
        <location filename="../ui/operators/FirstAdministratorDialog.cpp" line="27"/>
        <source>Create the first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/FirstAdministratorDialog.cpp" line="28"/>
        <source>This database has no operator accounts yet. Create the administrator account that will manage the other operators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/FirstAdministratorDialog.cpp" line="38"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/FirstAdministratorDialog.cpp" line="39"/>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/FirstAdministratorDialog.cpp" line="40"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/FirstAdministratorDialog.cpp" line="41"/>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/operators/FirstAdministratorDialog.cpp" line="49"/>
        <source>at least %n characters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/operators/FirstAdministratorDialog.cpp" line="51"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/FirstAdministratorDialog.cpp" line="56"/>
        <location filename="../ui/operators/FirstAdministratorDialog.cpp" line="57"/>
        <source>Create administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/FirstAdministratorDialog.cpp" line="58"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/FirstAdministratorDialog.cpp" line="63"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/FirstAdministratorDialog.cpp" line="64"/>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/FirstAdministratorDialog.cpp" line="65"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/FirstAdministratorDialog.cpp" line="66"/>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/FirstAdministratorDialog.cpp" line="88"/>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backoffice::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="26"/>
        <location filename="../ui/MainWindow.cpp" line="27"/>
        <source>Back Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="26"/>
        <source>Back Office — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="31"/>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="32"/>
        <source>Sections and pages of Back Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="57"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="58"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="61"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="62"/>
        <source>&amp;About Back Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="63"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="66"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="127"/>
        <source>About Back Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="128"/>
        <source>&lt;h3&gt;Back Office %1&lt;/h3&gt;&lt;p&gt;Helps support operators when a client does not receive or cannot use two-factor authentication codes.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backoffice::ui::OperatorFormDialog</name>
    <message>
        <location filename="../ui/operators/OperatorFormDialog.cpp" line="29"/>
        <location filename="../ui/operators/OperatorFormDialog.cpp" line="65"/>
        <source>Add operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/OperatorFormDialog.cpp" line="29"/>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/OperatorFormDialog.cpp" line="32"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/OperatorFormDialog.cpp" line="35"/>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/OperatorFormDialog.cpp" line="37"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/OperatorFormDialog.cpp" line="41"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/operators/OperatorFormDialog.cpp" line="43"/>
        <source>at least %n characters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/operators/OperatorFormDialog.cpp" line="45"/>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/OperatorFormDialog.cpp" line="48"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/OperatorFormDialog.cpp" line="53"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/OperatorFormDialog.cpp" line="55"/>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/OperatorFormDialog.cpp" line="56"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/OperatorFormDialog.cpp" line="61"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/OperatorFormDialog.cpp" line="62"/>
        <source>R&amp;epeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/OperatorFormDialog.cpp" line="65"/>
        <source>Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/OperatorFormDialog.cpp" line="67"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/OperatorFormDialog.cpp" line="90"/>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backoffice::ui::OperatorSession</name>
    <message>
        <location filename="../ui/session/OperatorSession.cpp" line="70"/>
        <source>Authenticator secrets are unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/OperatorSession.cpp" line="85"/>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/OperatorSession.cpp" line="85"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/OperatorSession.cpp" line="88"/>
        <location filename="../ui/session/OperatorSession.cpp" line="94"/>
        <location filename="../ui/session/OperatorSession.cpp" line="96"/>
        <location filename="../ui/session/OperatorSession.cpp" line="98"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/OperatorSession.cpp" line="88"/>
        <source>SMS providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/OperatorSession.cpp" line="94"/>
        <source>SMS delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/OperatorSession.cpp" line="96"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/OperatorSession.cpp" line="98"/>
        <source>Operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/OperatorSession.cpp" line="103"/>
        <source>SMS provider health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/OperatorSession.cpp" line="109"/>
        <source>Signed in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/OperatorSession.cpp" line="110"/>
        <source>Signed-in operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/OperatorSession.cpp" line="113"/>
        <source>&amp;Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/OperatorSession.cpp" line="114"/>
        <source>&amp;Switch operator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/OperatorSession.cpp" line="116"/>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/OperatorSession.cpp" line="125"/>
        <source>Check System &gt; SMS providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/OperatorSession.cpp" line="137"/>
        <source>S&amp;MS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/OperatorSession.cpp" line="139"/>
        <source>&amp;Diagnose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/OperatorSession.cpp" line="140"/>
        <source>Diagnose this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/OperatorSession.cpp" line="141"/>
        <source>Check every possible reason why this client gets no 2FA codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/OperatorSession.cpp" line="152"/>
        <source>Diagnose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/OperatorSession.cpp" line="153"/>
        <source>The client cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/OperatorSession.cpp" line="166"/>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backoffice::ui::OperatorsModel</name>
    <message>
        <location filename="../ui/operators/OperatorsModel.cpp" line="29"/>
        <source>Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/OperatorsModel.cpp" line="31"/>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/OperatorsModel.cpp" line="33"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/OperatorsModel.cpp" line="66"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/OperatorsModel.cpp" line="68"/>
        <source>Locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/OperatorsModel.cpp" line="69"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/OperatorsModel.cpp" line="81"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/OperatorsModel.cpp" line="83"/>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/OperatorsModel.cpp" line="85"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/OperatorsModel.cpp" line="87"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backoffice::ui::OperatorsPage</name>
    <message>
        <location filename="../ui/operators/OperatorsPage.cpp" line="27"/>
        <source>&amp;Add operator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/OperatorsPage.cpp" line="28"/>
        <location filename="../ui/operators/OperatorsPage.cpp" line="138"/>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/OperatorsPage.cpp" line="30"/>
        <source>Set &amp;role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/OperatorsPage.cpp" line="31"/>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/OperatorsPage.cpp" line="34"/>
        <source>Operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/OperatorsPage.cpp" line="36"/>
        <source>Operator accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/OperatorsPage.cpp" line="43"/>
        <source>Add operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/OperatorsPage.cpp" line="45"/>
        <source>Disable or enable the selected operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/OperatorsPage.cpp" line="47"/>
        <source>New role for the selected operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/OperatorsPage.cpp" line="51"/>
        <source>Set role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/OperatorsPage.cpp" line="53"/>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/OperatorsPage.cpp" line="55"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/OperatorsPage.cpp" line="89"/>
        <source>Only administrators manage operators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/OperatorsPage.cpp" line="138"/>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/OperatorsPage.cpp" line="165"/>
        <source>Operator %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/OperatorsPage.cpp" line="180"/>
        <source>Operator %1 disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/OperatorsPage.cpp" line="181"/>
        <source>Operator %1 enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/OperatorsPage.cpp" line="198"/>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/OperatorsPage.cpp" line="220"/>
        <source>Password of %1 reset.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backoffice::ui::ProviderDialog</name>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="33"/>
        <location filename="../ui/sms/ProviderDialog.cpp" line="362"/>
        <source>SMS provider: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="47"/>
        <source>Add SMS provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="81"/>
        <source>Provider settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="84"/>
        <source>Provider kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="88"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="91"/>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="92"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="95"/>
        <source>Account SID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="97"/>
        <source>API Key SID (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="98"/>
        <source>optional: SK… when using an API key instead of the auth token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="99"/>
        <source>API &amp;Key SID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="104"/>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="106"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="108"/>
        <source>Show the secret being typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="118"/>
        <source>Auth &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="121"/>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="122"/>
        <source>&amp;Sender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="124"/>
        <source>API base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="125"/>
        <source>API &amp;base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="127"/>
        <source>Status page URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="128"/>
        <source>Status &amp;page URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="130"/>
        <source>Low-balance threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="131"/>
        <source>no threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="132"/>
        <source>&amp;Low-balance threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="136"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="137"/>
        <source>Network timeout in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="138"/>
        <source>&amp;Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="139"/>
        <source>&amp;Enabled: used to send SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="141"/>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="145"/>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="157"/>
        <source>Check &amp;credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="158"/>
        <source>Check b&amp;alance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="159"/>
        <source>Check service &amp;status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="164"/>
        <source>+44…  number to send a test SMS to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="165"/>
        <source>Test SMS recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="167"/>
        <source>Send test SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="172"/>
        <source>message ID (SM…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="173"/>
        <source>Message ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="175"/>
        <source>&amp;Delivery status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="181"/>
        <source>Check in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="183"/>
        <location filename="../ui/sms/ProviderDialog.cpp" line="185"/>
        <source>Cancel check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="199"/>
        <source>Check result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="208"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="209"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="219"/>
        <source>Account &amp;SID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="219"/>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="220"/>
        <source>Account SID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="220"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="221"/>
        <source>AC followed by 32 hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="222"/>
        <source>Auth &amp;token / API key secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="222"/>
        <source>API &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="223"/>
        <source>+E.164 number or Messaging Service SID (MG…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="224"/>
        <source>+E.164 number or up to 11 letters and digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="243"/>
        <source>stored in keychain — type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="243"/>
        <source>not stored yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="301"/>
        <source>Problem with %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="313"/>
        <source>Another provider already has this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="317"/>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="319"/>
        <source>At most 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="321"/>
        <source>An Account SID is AC followed by 32 hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="323"/>
        <source>An API key is 6 to 32 letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="325"/>
        <source>An API Key SID is SK followed by 32 hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="327"/>
        <source>A number in E.164 (+ and digits) or a Messaging Service SID (MG…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="328"/>
        <source>A number in E.164 (+ and digits) or up to 11 letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="330"/>
        <source>Must start with https:// (http:// only for 127.0.0.1, ::1 or localhost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="332"/>
        <source>A number, zero or more; empty for no threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="334"/>
        <source>Between 1 and 120 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="336"/>
        <source>No spaces or line breaks, at most 256 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="337"/>
        <source>Invalid value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="349"/>
        <source>Not saved: correct the fields marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="357"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="368"/>
        <source>Storing the secret in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="380"/>
        <source>The settings were saved, but the secret was not: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="415"/>
        <source>Correct the fields marked in red first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderDialog.cpp" line="439"/>
        <source>Asking the provider…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backoffice::ui::ProviderTableModel</name>
    <message>
        <location filename="../ui/sms/ProviderTableModel.cpp" line="51"/>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderTableModel.cpp" line="54"/>
        <location filename="../ui/sms/ProviderTableModel.cpp" line="149"/>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderTableModel.cpp" line="57"/>
        <source>Service status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderTableModel.cpp" line="60"/>
        <source>Test SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderTableModel.cpp" line="63"/>
        <source>Delivery status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderTableModel.cpp" line="69"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderTableModel.cpp" line="72"/>
        <source>below threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderTableModel.cpp" line="73"/>
        <source>incident reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderTableModel.cpp" line="74"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderTableModel.cpp" line="79"/>
        <source>no balance left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderTableModel.cpp" line="80"/>
        <source>major incident reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderTableModel.cpp" line="81"/>
        <source>account not active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderTableModel.cpp" line="82"/>
        <source>problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderTableModel.cpp" line="86"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderTableModel.cpp" line="89"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderTableModel.cpp" line="111"/>
        <location filename="../ui/sms/ProviderTableModel.cpp" line="145"/>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderTableModel.cpp" line="111"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderTableModel.cpp" line="116"/>
        <source>not read yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderTableModel.cpp" line="117"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderTableModel.cpp" line="124"/>
        <source>not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderTableModel.cpp" line="126"/>
        <source>%1, at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderTableModel.cpp" line="141"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderTableModel.cpp" line="143"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderTableModel.cpp" line="147"/>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderTableModel.cpp" line="151"/>
        <source>Balance read at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/ProviderTableModel.cpp" line="153"/>
        <source>Last status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backoffice::ui::SignInDialog</name>
    <message>
        <location filename="../ui/operators/SignInDialog.cpp" line="23"/>
        <source>Sign in to Back Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/SignInDialog.cpp" line="24"/>
        <location filename="../ui/operators/SignInDialog.cpp" line="35"/>
        <location filename="../ui/operators/SignInDialog.cpp" line="36"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/SignInDialog.cpp" line="26"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/SignInDialog.cpp" line="28"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/SignInDialog.cpp" line="31"/>
        <source>Sign-in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/SignInDialog.cpp" line="37"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/SignInDialog.cpp" line="40"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/SignInDialog.cpp" line="41"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/SignInDialog.cpp" line="68"/>
        <source>Too many failed attempts: this account is locked until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/SignInDialog.cpp" line="71"/>
        <source>This account is disabled. Ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/SignInDialog.cpp" line="73"/>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/SignInDialog.cpp" line="74"/>
        <source>Signing in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/StartupSignIn.cpp" line="18"/>
        <source>Back Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/operators/StartupSignIn.cpp" line="19"/>
        <source>The operator accounts could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backoffice::ui::SmsDeliveryPage</name>
    <message>
        <location filename="../ui/sms/SmsDeliveryPage.cpp" line="27"/>
        <source>&lt;h2&gt;SMS delivery&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/SmsDeliveryPage.cpp" line="28"/>
        <source>Clients whose last SMS failed, grouped by cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/SmsDeliveryPage.cpp" line="33"/>
        <source>&amp;Since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/SmsDeliveryPage.cpp" line="39"/>
        <source>Since date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/SmsDeliveryPage.cpp" line="43"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/SmsDeliveryPage.cpp" line="45"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/SmsDeliveryPage.cpp" line="50"/>
        <source>Report progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/SmsDeliveryPage.cpp" line="53"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/SmsDeliveryPage.cpp" line="55"/>
        <source>Cancel report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/SmsDeliveryPage.cpp" line="65"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/SmsDeliveryPage.cpp" line="77"/>
        <source>Clients whose last SMS failed, by cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/SmsDeliveryPage.cpp" line="104"/>
        <source>Looking for failed SMS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/SmsDeliveryPage.cpp" line="126"/>
        <source>Cancelled; the list shown is the previous one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/SmsDeliveryPage.cpp" line="135"/>
        <source>No client&apos;s last SMS failed since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/SmsDeliveryPage.cpp" line="137"/>
        <source>%n client(s) whose last SMS failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/SmsDeliveryPage.cpp" line="138"/>
        <source>%n cause(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backoffice::ui::SmsFailureTreeModel</name>
    <message>
        <location filename="../ui/sms/SmsFailureTreeModel.cpp" line="21"/>
        <source>Cause / client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/SmsFailureTreeModel.cpp" line="21"/>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/SmsFailureTreeModel.cpp" line="21"/>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/SmsFailureTreeModel.cpp" line="21"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/SmsFailureTreeModel.cpp" line="21"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/SmsFailureTreeModel.cpp" line="22"/>
        <source>Error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/SmsFailureTreeModel.cpp" line="22"/>
        <source>Last SMS at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/SmsFailureTreeModel.cpp" line="27"/>
        <source>Unknown provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/SmsFailureTreeModel.cpp" line="29"/>
        <source>%1, no error code: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/SmsFailureTreeModel.cpp" line="30"/>
        <source>%1 error %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/SmsFailureTreeModel.cpp" line="38"/>
        <source>%1
What to do: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/SmsFailureTreeModel.cpp" line="45"/>
        <source>%1 (#%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/SmsFailureTreeModel.cpp" line="47"/>
        <source>Double-click to open the client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backoffice::ui::SmsHistoryModel</name>
    <message>
        <location filename="../ui/sms/SmsHistoryModel.cpp" line="62"/>
        <source>%1
What to do: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/SmsHistoryModel.cpp" line="80"/>
        <source>Sent at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/SmsHistoryModel.cpp" line="82"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/SmsHistoryModel.cpp" line="84"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/SmsHistoryModel.cpp" line="86"/>
        <source>Error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/SmsHistoryModel.cpp" line="88"/>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/SmsHistoryModel.cpp" line="90"/>
        <source>Updated at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backoffice::ui::SmsProvidersPage</name>
    <message>
        <location filename="../ui/sms/SmsProvidersPage.cpp" line="35"/>
        <source>&lt;h2&gt;SMS providers&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/SmsProvidersPage.cpp" line="46"/>
        <source>SMS providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/SmsProvidersPage.cpp" line="60"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/SmsProvidersPage.cpp" line="61"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/SmsProvidersPage.cpp" line="62"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/SmsProvidersPage.cpp" line="64"/>
        <source>Check &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/SmsProvidersPage.cpp" line="66"/>
        <source>Check all progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/SmsProvidersPage.cpp" line="69"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/SmsProvidersPage.cpp" line="75"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/SmsProvidersPage.cpp" line="173"/>
        <source>Remove SMS provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/SmsProvidersPage.cpp" line="174"/>
        <source>Remove the SMS provider &quot;%1&quot;? Its settings, check history and keychain entry are deleted; the message log keeps its messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/SmsProvidersPage.cpp" line="179"/>
        <source>Remove the only enabled provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/SmsProvidersPage.cpp" line="180"/>
        <source>&quot;%1&quot; is the only enabled SMS provider. Without it no SMS code can be sent to any client. Remove it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/SmsProvidersPage.cpp" line="189"/>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/SmsProvidersPage.cpp" line="210"/>
        <source>No enabled provider to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/SmsProvidersPage.cpp" line="210"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/SmsProvidersPage.cpp" line="222"/>
        <source>Checks cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/SmsProvidersPage.cpp" line="223"/>
        <source>Checks done: at least one provider has a problem (see Last status).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/SmsProvidersPage.cpp" line="224"/>
        <source>Checks done: no problem found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
