<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiError</name>
    <message>
        <source>Not found (404): OpenAI retired the Assistants API on 26 August 2026.</source>
        <translation>Nicht gefunden (404): OpenAI hat die Assistants API am 26. August 2026 eingestellt.</translation>
    </message>
    <message>
        <source>The server wants the header OpenAI-Beta: assistants=v2 (400 invalid_beta).</source>
        <translation>Der Server verlangt den Header OpenAI-Beta: assistants=v2 (400 invalid_beta).</translation>
    </message>
    <message>
        <source>The server</source>
        <translation>Der Server</translation>
    </message>
    <message>
        <source>The server %1</source>
        <translation>Der Server %1</translation>
    </message>
    <message>
        <source>%1 answered with a web page (status %2) instead of an API error.</source>
        <translation>%1 hat mit einer Webseite (Status %2) statt mit einem API-Fehler geantwortet.</translation>
    </message>
    <message>
        <source>%1 answered with a web page (status %2) instead of an API error: &quot;%3&quot;</source>
        <translation>%1 hat mit einer Webseite (Status %2) statt mit einem API-Fehler geantwortet: „%3“</translation>
    </message>
    <message>
        <source>The server rejected the request (400)</source>
        <translation>Der Server hat die Anfrage abgelehnt (400)</translation>
    </message>
    <message>
        <source>The server did not accept the API key (401)</source>
        <translation>Der Server hat den API-Schlüssel nicht akzeptiert (401)</translation>
    </message>
    <message>
        <source>Access denied (403)</source>
        <translation>Zugriff verweigert (403)</translation>
    </message>
    <message>
        <source>Not found (404)</source>
        <translation>Nicht gefunden (404)</translation>
    </message>
    <message>
        <source>The server timed out (408)</source>
        <translation>Zeitüberschreitung beim Server (408)</translation>
    </message>
    <message>
        <source>Conflict (409)</source>
        <translation>Konflikt (409)</translation>
    </message>
    <message>
        <source>The server could not process the request (422)</source>
        <translation>Der Server konnte die Anfrage nicht verarbeiten (422)</translation>
    </message>
    <message>
        <source>Too many requests or quota used up (429)</source>
        <translation>Zu viele Anfragen oder Kontingent aufgebraucht (429)</translation>
    </message>
    <message>
        <source>Server error (%1)</source>
        <translation>Serverfehler (%1)</translation>
    </message>
    <message>
        <source>HTTP error %1</source>
        <translation>HTTP-Fehler %1</translation>
    </message>
    <message>
        <source>Connection refused by %1: nothing is listening there.</source>
        <translation>Verbindung von %1 abgelehnt: Dort wartet kein Dienst auf Verbindungen.</translation>
    </message>
    <message>
        <source>The host name %1 could not be found (DNS).</source>
        <translation>Der Hostname %1 wurde nicht gefunden (DNS).</translation>
    </message>
    <message>
        <source>The secure connection (TLS) to %1 failed.</source>
        <translation>Die sichere Verbindung (TLS) zu %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The server closed the connection early.</source>
        <translation>Der Server hat die Verbindung vorzeitig geschlossen.</translation>
    </message>
    <message>
        <source>The server %1 closed the connection early.</source>
        <translation>Der Server %1 hat die Verbindung vorzeitig geschlossen.</translation>
    </message>
    <message>
        <source>The stream ended before the run reached a final status.</source>
        <translation>Der Stream endete, bevor der Run einen endgültigen Status erreicht hat.</translation>
    </message>
    <message>
        <source>The stream ended before the run reached a final status (server %1).</source>
        <translation>Der Stream endete, bevor der Run einen endgültigen Status erreicht hat (Server %1).</translation>
    </message>
    <message>
        <source>The proxy failed to connect to %1.</source>
        <translation>Der Proxy konnte keine Verbindung zu %1 herstellen.</translation>
    </message>
    <message>
        <source>The URL %1 cannot be used: %2</source>
        <translation>Die URL %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Netzwerkfehler: %1</translation>
    </message>
    <message>
        <source>Network error talking to %1: %2</source>
        <translation>Netzwerkfehler bei der Verbindung mit %1: %2</translation>
    </message>
    <message>
        <source>No answer from %1 in time.</source>
        <translation>Keine rechtzeitige Antwort von %1.</translation>
    </message>
    <message>
        <source>The stream from %1 stalled.</source>
        <translation>Der Stream von %1 ist ins Stocken geraten.</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>der Server</translation>
    </message>
    <message>
        <source>Unexpected answer from %1 (%2): a web page, &quot;%3&quot;</source>
        <translation>Unerwartete Antwort von %1 (%2): eine Webseite, „%3“</translation>
    </message>
    <message>
        <source>Unexpected answer from %1 (%2): &quot;%3&quot;</source>
        <translation>Unerwartete Antwort von %1 (%2): „%3“</translation>
    </message>
    <message>
        <source>Unexpected answer from %1: %2</source>
        <translation>Unerwartete Antwort von %1: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The stream reported an error (%1): %2</source>
        <translation>Der Stream hat einen Fehler gemeldet (%1): %2</translation>
    </message>
    <message>
        <source>The stream reported an error: %1</source>
        <translation>Der Stream hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <source>Check the base URL: most servers expect it to end in /v1.</source>
        <translation>Prüfen Sie die Basis-URL: Die meisten Server erwarten, dass sie auf /v1 endet.</translation>
    </message>
    <message>
        <source>Check the assistant id: this server has no assistant with that id (its assistants list shows the ones it knows).</source>
        <translation>Prüfen Sie die Assistenten-ID: Dieser Server hat keinen Assistenten mit dieser ID (seine Assistentenliste zeigt die ihm bekannten).</translation>
    </message>
    <message>
        <source>Check the ids in the request: the server does not know the object named above.</source>
        <translation>Prüfen Sie die IDs in der Anfrage: Der Server kennt das oben genannte Objekt nicht.</translation>
    </message>
    <message>
        <source>api.openai.com no longer serves /threads or /assistants. Point RunLens at a compatible server: change the connection&apos;s base URL to your self-hosted server, proxy or Azure resource, or start the built-in local server and use its address (for example http://127.0.0.1:PORT/v1).</source>
        <translation>api.openai.com stellt /threads und /assistants nicht mehr bereit. Richten Sie RunLens auf einen kompatiblen Server aus: Ändern Sie die Basis-URL der Verbindung auf Ihren selbst betriebenen Server, Proxy oder Ihre Azure-Ressource, oder starten Sie den eingebauten lokalen Server und verwenden Sie dessen Adresse (zum Beispiel http://127.0.0.1:PORT/v1).</translation>
    </message>
    <message>
        <source>Turn on the OpenAI-Beta header in the connection settings and set it to assistants=v2.</source>
        <translation>Schalten Sie in den Verbindungseinstellungen den Header OpenAI-Beta ein und setzen Sie ihn auf assistants=v2.</translation>
    </message>
    <message>
        <source>Check the base URL: it may point at a web page or a proxy rather than an Assistants API server; most servers expect it to end in /v1.</source>
        <translation>Prüfen Sie die Basis-URL: Sie zeigt möglicherweise auf eine Webseite oder einen Proxy statt auf einen Server für die Assistants API; die meisten Server erwarten, dass sie auf /v1 endet.</translation>
    </message>
    <message>
        <source>Check the API key and the auth style (Bearer or api-key header) of the connection.</source>
        <translation>Prüfen Sie den API-Schlüssel und die Authentifizierungsart (Bearer oder api-key-Header) der Verbindung.</translation>
    </message>
    <message>
        <source>The server asks to wait %1 s before trying again.</source>
        <translation>Der Server bittet, %1 s zu warten, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Check the host and port, and that the server is running.</source>
        <translation>Prüfen Sie Host und Port und ob der Server läuft.</translation>
    </message>
    <message>
        <source>Check the spelling of the host name and your network or DNS settings.</source>
        <translation>Prüfen Sie die Schreibweise des Hostnamens sowie Ihre Netzwerk- oder DNS-Einstellungen.</translation>
    </message>
    <message>
        <source>The certificate may be invalid or self-signed, or the server does not speak HTTPS on this port.</source>
        <translation>Das Zertifikat ist möglicherweise ungültig oder selbst signiert, oder der Server spricht auf diesem Port kein HTTPS.</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https:// and name a host, for example http://127.0.0.1:8080/v1.</source>
        <translation>Die Basis-URL muss mit http:// oder https:// beginnen und einen Host nennen, zum Beispiel http://127.0.0.1:8080/v1.</translation>
    </message>
    <message>
        <source>The base URL may point at a web page or a proxy rather than an Assistants API server.</source>
        <translation>Die Basis-URL zeigt möglicherweise auf eine Webseite oder einen Proxy statt auf einen Server für die Assistants API.</translation>
    </message>
    <message>
        <source>The request may have reached the server: a run may have been created there. It was not sent again, so that no second run is started.</source>
        <translation>Die Anfrage hat den Server möglicherweise erreicht: Dort wurde eventuell ein Run erstellt. Sie wurde nicht erneut gesendet, damit kein zweiter Run gestartet wird.</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Typ: %1</translation>
    </message>
    <message>
        <source>code: %1</source>
        <translation>code: %1</translation>
    </message>
    <message>
        <source>parameter: %1</source>
        <translation>parameter: %1</translation>
    </message>
    <message>
        <source>Request: %1 %2</source>
        <translation>Anfrage: %1 %2</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
    <message>
        <source>System message: %1</source>
        <translation>Systemmeldung: %1</translation>
    </message>
</context>
<context>
    <name>AssistantEditor</name>
    <message>
        <source>A name people see in lists (at most 256 characters)</source>
        <translation>Ein Name, der in Listen erscheint (höchstens 256 Zeichen)</translation>
    </message>
    <message>
        <source>For example: Travel helper</source>
        <translation>Zum Beispiel: Reisehelfer</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>What the assistant is for (optional, at most 512 characters)</source>
        <translation>Wofür der Assistent da ist (optional, höchstens 512 Zeichen)</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>The model that writes the answers; pick one the server lists or type its name</source>
        <translation>Das Modell, das die Antworten schreibt; wählen Sie eines aus der Liste des Servers oder tippen Sie seinen Namen</translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation>&amp;Anweisungen:</translation>
    </message>
    <message>
        <source>What the assistant is told before every conversation (its system message)</source>
        <translation>Was dem Assistenten vor jedem Gespräch gesagt wird (seine Systemnachricht)</translation>
    </message>
    <message>
        <source>For example: You are a friendly travel guide. Answer in short sentences.</source>
        <translation>Zum Beispiel: Du bist ein freundlicher Reiseführer. Antworte in kurzen Sätzen.</translation>
    </message>
    <message>
        <source>Sampling:</source>
        <translation>Sampling:</translation>
    </message>
    <message>
        <source>&amp;Temperature</source>
        <translation>&amp;Temperatur</translation>
    </message>
    <message>
        <source>How varied the answers are: 0 is focused, 2 is very random. Unchecked: the model&apos;s default</source>
        <translation>Wie abwechslungsreich die Antworten sind: 0 ist fokussiert, 2 sehr zufällig. Nicht angehakt: die Voreinstellung des Modells</translation>
    </message>
    <message>
        <source>Temperature value</source>
        <translation>Wert der Temperatur</translation>
    </message>
    <message>
        <source>Top &amp;p</source>
        <translation>Top &amp;p</translation>
    </message>
    <message>
        <source>Only the most likely words that together make up this share are considered (0 to 1). Unchecked: the model&apos;s default</source>
        <translation>Nur die wahrscheinlichsten Wörter, die zusammen diesen Anteil ausmachen, kommen in Frage (0 bis 1). Nicht angehakt: die Voreinstellung des Modells</translation>
    </message>
    <message>
        <source>Top p value</source>
        <translation>Wert von Top p</translation>
    </message>
    <message>
        <source>&amp;Answer format:</source>
        <translation>&amp;Antwortformat:</translation>
    </message>
    <message>
        <source>Whether answers are free text or JSON</source>
        <translation>Ob Antworten freier Text oder JSON sind</translation>
    </message>
    <message>
        <source>Schema na&amp;me:</source>
        <translation>Schema-Na&amp;me:</translation>
    </message>
    <message>
        <source>Letters, digits, _ and -, at most 64</source>
        <translation>Buchstaben, Ziffern, _ und -, höchstens 64</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>antwort</translation>
    </message>
    <message>
        <source>Sc&amp;hema:</source>
        <translation>Sc&amp;hema:</translation>
    </message>
    <message>
        <source>The JSON Schema every answer must follow</source>
        <translation>Das JSON-Schema, dem jede Antwort folgen muss</translation>
    </message>
    <message>
        <source>Tools:</source>
        <translation>Werkzeuge:</translation>
    </message>
    <message>
        <source>Functions the assistant may ask your program to call</source>
        <translation>Funktionen, deren Aufruf der Assistent von Ihrem Programm verlangen darf</translation>
    </message>
    <message>
        <source>Nam&amp;e:</source>
        <translation>Nam&amp;e:</translation>
    </message>
    <message>
        <source>&amp;Only answers that follow the schema exactly (strict)</source>
        <translation>Nur Antworten, die genau dem Schema f&amp;olgen (strikt)</translation>
    </message>
</context>
<context>
    <name>AssistantSection</name>
    <message>
        <source>&amp;Assistant</source>
        <translation>&amp;Assistent</translation>
    </message>
    <message>
        <source>assistant_id (required): the assistant that runs. Pick from the list (type to search by name, model or tool) or type an id such as asst_abc123.</source>
        <translation>assistant_id (erforderlich): der Assistent, der ausgeführt wird. Wählen Sie ihn aus der Liste (tippen Sie, um nach Name, Modell oder Tool zu suchen) oder geben Sie eine ID wie asst_abc123 ein.</translation>
    </message>
    <message>
        <source>Assistant id</source>
        <translation>Assistenten-ID</translation>
    </message>
    <message>
        <source>Assistant details</source>
        <translation>Details zum Assistenten</translation>
    </message>
    <message>
        <source>Name, model and tools of the chosen assistant</source>
        <translation>Name, Modell und Tools des gewählten Assistenten</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <source>model: overrides the assistant&apos;s model for this run. Leave empty to use the assistant&apos;s model; any model name is accepted.</source>
        <translation>model: ersetzt für diesen Run das Modell des Assistenten. Leer lassen, um das Modell des Assistenten zu verwenden; jeder Modellname wird akzeptiert.</translation>
    </message>
    <message>
        <source>Model override</source>
        <translation>Modell ersetzen</translation>
    </message>
    <message>
        <source>&amp;Instructions</source>
        <translation>Anwe&amp;isungen</translation>
    </message>
    <message>
        <source>instructions: replaces the assistant&apos;s instructions (its system message) for this run. Leave empty to keep the assistant&apos;s own.</source>
        <translation>instructions: ersetzt für diesen Run die Anweisungen des Assistenten (seine Systemnachricht). Leer lassen, um die eigenen Anweisungen des Assistenten zu behalten.</translation>
    </message>
    <message>
        <source>Instructions override</source>
        <translation>Anweisungen ersetzen</translation>
    </message>
</context>
<context>
    <name>AssistantStreamDecoder</name>
    <message>
        <source>The server reported an error without a message.</source>
        <translation>Der Server hat einen Fehler ohne Meldung gemeldet.</translation>
    </message>
    <message>
        <source>%1 at offset %2</source>
        <translation>%1 an Position %2</translation>
    </message>
    <message>
        <source>The server sent an event whose data is not valid JSON: %1.</source>
        <translation>Der Server hat ein Ereignis gesendet, dessen Daten kein gültiges JSON sind: %1.</translation>
    </message>
    <message>
        <source>The server sent an event &apos;%1&apos; whose data is not valid JSON: %2.</source>
        <translation>Der Server hat ein Ereignis „%1“ gesendet, dessen Daten kein gültiges JSON sind: %2.</translation>
    </message>
</context>
<context>
    <name>AssistantsDialog</name>
    <message>
        <source>Assistants</source>
        <translation>Assistenten</translation>
    </message>
    <message>
        <source>An assistant is a saved set of instructions, a model and tools. Runs use the one you pick in the composer.</source>
        <translation>Ein Assistent ist ein gespeicherter Satz aus Anweisungen, Modell und Werkzeugen. Runs verwenden den, den Sie im Editor wählen.</translation>
    </message>
    <message>
        <source>The assistants on this server</source>
        <translation>Die Assistenten auf diesem Server</translation>
    </message>
    <message>
        <source>Write a new assistant</source>
        <translation>Einen neuen Assistenten schreiben</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Make a copy of the chosen assistant</source>
        <translation>Eine Kopie des gewählten Assistenten anlegen</translation>
    </message>
    <message>
        <source>Delete the chosen assistant from the server</source>
        <translation>Den gewählten Assistenten vom Server löschen</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Ask the server for its assistants again</source>
        <translation>Den Server erneut nach seinen Assistenten fragen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>D&amp;iscard changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save this assistant on the server</source>
        <translation>Diesen Assistenten auf dem Server speichern</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation>Ne&amp;u</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>Lös&amp;chen…</translation>
    </message>
</context>
<context>
    <name>ComposerWidget</name>
    <message>
        <source>Fill in the form, or see and edit the JSON body</source>
        <translation>Füllen Sie das Formular aus oder sehen und bearbeiten Sie den JSON-Inhalt</translation>
    </message>
    <message>
        <source>Composer views</source>
        <translation>Ansichten des Anfrage-Editors</translation>
    </message>
    <message>
        <source>The parts of the request; open one at a time</source>
        <translation>Die Teile der Anfrage; öffnen Sie jeweils einen</translation>
    </message>
    <message>
        <source>Request sections</source>
        <translation>Abschnitte der Anfrage</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>The request body (JSON). Paste, drop or type a body here.</source>
        <translation>Der Inhalt der Anfrage (JSON). Fügen Sie hier einen Inhalt ein, legen Sie ihn per Drag-and-drop ab oder tippen Sie ihn.</translation>
    </message>
    <message>
        <source>Request body JSON</source>
        <translation>JSON-Inhalt der Anfrage</translation>
    </message>
    <message>
        <source>JSON status</source>
        <translation>JSON-Status</translation>
    </message>
    <message>
        <source>Pro&amp;blems</source>
        <translation>&amp;Probleme</translation>
    </message>
    <message>
        <source>Problems found in the request; click one to go to its field</source>
        <translation>In der Anfrage gefundene Probleme; klicken Sie auf eines, um zu seinem Feld zu gelangen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Send status</source>
        <translation>Sendestatus</translation>
    </message>
    <message>
        <source>Unapplied JSON edit</source>
        <translation>Nicht übernommene JSON-Änderung</translation>
    </message>
    <message>
        <source>The JSON tab holds an edit that is not valid JSON, so it is not applied and nothing can be sent. The form is locked so that the two cannot differ: fix the JSON, or discard your edit to go back to these values.</source>
        <translation>Der JSON-Tab enthält eine Änderung, die kein gültiges JSON ist. Sie ist daher nicht übernommen, und es kann nichts gesendet werden. Das Formular ist gesperrt, damit beide nicht auseinanderlaufen: Korrigieren Sie das JSON oder verwerfen Sie Ihre Änderung, um zu diesen Werten zurückzukehren.</translation>
    </message>
    <message>
        <source>Show the JSON edit</source>
        <translation>JSON-Änderung zeigen</translation>
    </message>
    <message>
        <source>Open the JSON tab at the mistake</source>
        <translation>Den JSON-Tab an der Fehlerstelle öffnen</translation>
    </message>
    <message>
        <source>Discard my JSON edit</source>
        <translation>Meine JSON-Änderung verwerfen</translation>
    </message>
    <message>
        <source>Throw away the JSON edit and show the body the form holds</source>
        <translation>Die JSON-Änderung verwerfen und den Body zeigen, den das Formular enthält</translation>
    </message>
    <message>
        <source>The exact body that will be sent. Edit it here: valid JSON updates the form at once. While the JSON has a mistake your edit is kept as typed, the form is locked and Send is off.</source>
        <translation>Genau der Body, der gesendet wird. Hier bearbeiten: Gültiges JSON aktualisiert das Formular sofort. Solange das JSON einen Fehler hat, bleibt Ihre Änderung wie eingegeben erhalten, das Formular ist gesperrt und Senden ist aus.</translation>
    </message>
    <message>
        <source>F&amp;orm</source>
        <translation>&amp;Formular</translation>
    </message>
</context>
<context>
    <name>ConversationSection</name>
    <message>
        <source>The messages the new thread starts with (thread.messages). With none, the thread starts empty.</source>
        <translation>Die Nachrichten, mit denen der neue Thread beginnt (thread.messages). Ohne Nachrichten beginnt der Thread leer.</translation>
    </message>
    <message>
        <source>The messages, in order</source>
        <translation>Die Nachrichten in ihrer Reihenfolge</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Add a message at the end</source>
        <translation>Eine Nachricht am Ende hinzufügen</translation>
    </message>
    <message>
        <source>Add message</source>
        <translation>Nachricht hinzufügen</translation>
    </message>
    <message>
        <source>Copy the selected message below it</source>
        <translation>Die ausgewählte Nachricht darunter kopieren</translation>
    </message>
    <message>
        <source>Duplicate message</source>
        <translation>Nachricht duplizieren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected message</source>
        <translation>Die ausgewählte Nachricht entfernen</translation>
    </message>
    <message>
        <source>Remove message</source>
        <translation>Nachricht entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the selected message up</source>
        <translation>Die ausgewählte Nachricht nach oben verschieben</translation>
    </message>
    <message>
        <source>Move message up</source>
        <translation>Nachricht nach oben verschieben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the selected message down</source>
        <translation>Die ausgewählte Nachricht nach unten verschieben</translation>
    </message>
    <message>
        <source>Move message down</source>
        <translation>Nachricht nach unten verschieben</translation>
    </message>
    <message>
        <source>The selected message</source>
        <translation>Die ausgewählte Nachricht</translation>
    </message>
    <message>
        <source>Selected message</source>
        <translation>Ausgewählte Nachricht</translation>
    </message>
    <message>
        <source>Show the thread&apos;s metadata and tool resources</source>
        <translation>Die Metadaten und Tool-Ressourcen des Threads anzeigen</translation>
    </message>
    <message>
        <source>Show advanced thread settings</source>
        <translation>Erweiterte Thread-Einstellungen anzeigen</translation>
    </message>
    <message>
        <source>Thread metadata</source>
        <translation>Thread-Metadaten</translation>
    </message>
    <message>
        <source>thread.metadata: up to 16 pairs</source>
        <translation>thread.metadata: bis zu 16 Paare</translation>
    </message>
    <message>
        <source>Not set: e.g. file-abc, file-def</source>
        <translation>Nicht gesetzt: z. B. file-abc, file-def</translation>
    </message>
    <message>
        <source>thread.tool_resources.code_interpreter.file_ids: up to 20 file ids, separated by commas or spaces</source>
        <translation>thread.tool_resources.code_interpreter.file_ids: bis zu 20 Datei-IDs, getrennt durch Kommas oder Leerzeichen</translation>
    </message>
    <message>
        <source>Thread code interpreter file ids</source>
        <translation>Datei-IDs für den Code Interpreter des Threads</translation>
    </message>
    <message>
        <source>thread.tool_resources.file_search: either one existing vector store or one new store made from files, never both</source>
        <translation>thread.tool_resources.file_search: entweder ein vorhandener Vector Store oder ein neuer Store aus Dateien, nie beides</translation>
    </message>
    <message>
        <source>Thread file search resources</source>
        <translation>Dateisuche-Ressourcen des Threads</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>An existing vector store (vector_store_ids)</source>
        <translation>Ein vorhandener Vector Store (vector_store_ids)</translation>
    </message>
    <message>
        <source>A new vector store from files (vector_stores)</source>
        <translation>Ein neuer Vector Store aus Dateien (vector_stores)</translation>
    </message>
    <message>
        <source>e.g. vs_abc123</source>
        <translation>z. B. vs_abc123</translation>
    </message>
    <message>
        <source>thread.tool_resources.file_search.vector_store_ids: one vector store id</source>
        <translation>thread.tool_resources.file_search.vector_store_ids: eine Vector-Store-ID</translation>
    </message>
    <message>
        <source>Thread vector store id</source>
        <translation>Vector-Store-ID des Threads</translation>
    </message>
    <message>
        <source>e.g. file-abc, file-def</source>
        <translation>z. B. file-abc, file-def</translation>
    </message>
    <message>
        <source>thread.tool_resources.file_search.vector_stores[0].file_ids: files to put in the new store</source>
        <translation>thread.tool_resources.file_search.vector_stores[0].file_ids: Dateien, die in den neuen Store kommen</translation>
    </message>
    <message>
        <source>New vector store file ids</source>
        <translation>Datei-IDs für den neuen Vector Store</translation>
    </message>
    <message>
        <source>Chun&amp;king</source>
        <translation>&amp;Aufteilung</translation>
    </message>
    <message>
        <source>vector_stores[0].chunking_strategy: how files are cut into chunks</source>
        <translation>vector_stores[0].chunking_strategy: wie Dateien in Abschnitte (Chunks) zerlegt werden</translation>
    </message>
    <message>
        <source>Chunking strategy</source>
        <translation>Aufteilungsstrategie</translation>
    </message>
    <message>
        <source>Not set (auto)</source>
        <translation>Nicht gesetzt (auto)</translation>
    </message>
    <message>
        <source>Automatic (auto: 800 tokens, 400 overlap)</source>
        <translation>Automatisch (auto: 800 Token, 400 Überlappung)</translation>
    </message>
    <message>
        <source>Fixed size (static)</source>
        <translation>Feste Größe (static)</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> Token</translation>
    </message>
    <message>
        <source>static.max_chunk_size_tokens: 100–4096</source>
        <translation>static.max_chunk_size_tokens: 100–4096</translation>
    </message>
    <message>
        <source>Maximum chunk size in tokens</source>
        <translation>Maximale Abschnittsgröße in Token</translation>
    </message>
    <message>
        <source> overlap</source>
        <translation> Überlappung</translation>
    </message>
    <message>
        <source>static.chunk_overlap_tokens: at most half the chunk size</source>
        <translation>static.chunk_overlap_tokens: höchstens die Hälfte der Abschnittsgröße</translation>
    </message>
    <message>
        <source>Chunk overlap in tokens</source>
        <translation>Überlappung der Abschnitte in Token</translation>
    </message>
    <message>
        <source>+ Mess&amp;age</source>
        <translation>+ &amp;Nachricht</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Co&amp;de interpreter files</source>
        <translation>Code-Interpreter-Datei&amp;en</translation>
    </message>
    <message>
        <source>F&amp;ile search</source>
        <translation>Dateisuc&amp;he</translation>
    </message>
    <message>
        <source>Ve&amp;ctor store id</source>
        <translation>Vector-Store-&amp;ID</translation>
    </message>
    <message>
        <source>Ne&amp;w store files</source>
        <translation>Dateien für neuen &amp;Store</translation>
    </message>
    <message>
        <source>Show advanced: thread metadata and tool reso&amp;urces</source>
        <translation>Er&amp;weitert anzeigen: Thread-Metadaten und Tool-Ressourcen</translation>
    </message>
</context>
<context>
    <name>DeliverySection</name>
    <message>
        <source>stream: true. The server sends events while the run progresses.</source>
        <translation>stream: true. Der Server sendet Ereignisse, während der Run fortschreitet.</translation>
    </message>
    <message>
        <source>Stream the run live</source>
        <translation>Den Run live streamen</translation>
    </message>
    <message>
        <source>&amp;Poll: wait, then check the run until it finishes</source>
        <translation>&amp;Abfragen: warten und dann den Run prüfen, bis er fertig ist</translation>
    </message>
    <message>
        <source>stream left out (or false): the server answers at once with the queued run; RunLens then asks for its status until it ends.</source>
        <translation>stream weggelassen (oder false): Der Server antwortet sofort mit dem Run im Status queued; RunLens fragt dann dessen Status ab, bis er endet.</translation>
    </message>
    <message>
        <source>Poll for the result</source>
        <translation>Das Ergebnis abfragen</translation>
    </message>
    <message>
        <source>stream: null (explicit, from the loaded body) is sent, which means polling. Choose Stream or Poll to change it.</source>
        <translation>stream: null (ausdrücklich, aus dem geladenen Inhalt) wird gesendet, was Abfragen bedeutet. Wählen Sie Stream oder Abfragen, um das zu ändern.</translation>
    </message>
    <message>
        <source>Explicit null for stream</source>
        <translation>Ausdrückliches null für stream</translation>
    </message>
    <message>
        <source>Stream: &amp;watch the run live as it happens</source>
        <translation>&amp;Stream: den Run live mitverfolgen</translation>
    </message>
</context>
<context>
    <name>GenerationSection</name>
    <message>
        <source>Each setting left at &quot;assistant default&quot; / &quot;not set&quot; is not sent, so the assistant&apos;s own value applies.</source>
        <translation>Jede Einstellung, die auf „Standard des Assistenten“ / „Nicht gesetzt“ bleibt, wird nicht gesendet, sodass der eigene Wert des Assistenten gilt.</translation>
    </message>
    <message>
        <source>&amp;Temperature</source>
        <translation>&amp;Temperatur</translation>
    </message>
    <message>
        <source>Assistant default</source>
        <translation>Standard des Assistenten</translation>
    </message>
    <message>
        <source>Checked: temperature is not sent and the assistant&apos;s value applies. Uncheck to set it.</source>
        <translation>Angehakt: temperature wird nicht gesendet und der Wert des Assistenten gilt. Haken entfernen, um sie festzulegen.</translation>
    </message>
    <message>
        <source>Temperature: use the assistant default</source>
        <translation>Temperatur: Standard des Assistenten verwenden</translation>
    </message>
    <message>
        <source>temperature: 0–2; higher = more random, lower = more focused</source>
        <translation>temperature: 0–2; höher = zufälliger, niedriger = fokussierter</translation>
    </message>
    <message>
        <source>Temperature slider</source>
        <translation>Schieberegler für die Temperatur</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>To&amp;p P</source>
        <translation>To&amp;p P</translation>
    </message>
    <message>
        <source>Checked: top_p is not sent and the assistant&apos;s value applies. Uncheck to set it.</source>
        <translation>Angehakt: top_p wird nicht gesendet und der Wert des Assistenten gilt. Haken entfernen, um es festzulegen.</translation>
    </message>
    <message>
        <source>Top P: use the assistant default</source>
        <translation>Top P: Standard des Assistenten verwenden</translation>
    </message>
    <message>
        <source>top_p: 0–1; only the most likely words whose probabilities add up to this are considered. Change this or temperature, not both.</source>
        <translation>top_p: 0–1; berücksichtigt werden nur die wahrscheinlichsten Wörter, deren Wahrscheinlichkeiten zusammen diesen Wert ergeben. Ändern Sie dies oder die Temperatur, nicht beides.</translation>
    </message>
    <message>
        <source>Top P slider</source>
        <translation>Schieberegler für Top P</translation>
    </message>
    <message>
        <source>top_p: 0–1; change this or temperature, not both</source>
        <translation>top_p: 0–1; ändern Sie dies oder die Temperatur, nicht beides</translation>
    </message>
    <message>
        <source>Top P</source>
        <translation>Top P</translation>
    </message>
    <message>
        <source>Not set (no limit)</source>
        <translation>Nicht gesetzt (keine Grenze)</translation>
    </message>
    <message>
        <source>max_prompt_tokens: at least 256. The most tokens the whole conversation may use as input; the run ends &quot;incomplete&quot; beyond it. Lowest value = not set.</source>
        <translation>max_prompt_tokens: mindestens 256. Die meisten Token, die die gesamte Unterhaltung als Eingabe verwenden darf; darüber hinaus endet der Run mit „incomplete“. Kleinster Wert = nicht gesetzt.</translation>
    </message>
    <message>
        <source>Maximum prompt tokens</source>
        <translation>Maximale Eingabe-Token</translation>
    </message>
    <message>
        <source>max_completion_tokens: at least 256. The most tokens the answers may use; the run ends &quot;incomplete&quot; beyond it. Lowest value = not set.</source>
        <translation>max_completion_tokens: mindestens 256. Die meisten Token, die die Antworten verwenden dürfen; darüber hinaus endet der Run mit „incomplete“. Kleinster Wert = nicht gesetzt.</translation>
    </message>
    <message>
        <source>Maximum completion tokens</source>
        <translation>Maximale Ausgabe-Token</translation>
    </message>
    <message>
        <source>Tr&amp;uncation</source>
        <translation>&amp;Kürzung</translation>
    </message>
    <message>
        <source>truncation_strategy: how the thread is shortened to fit the model. auto drops messages from the middle; last_messages keeps the N most recent.</source>
        <translation>truncation_strategy: wie der Thread gekürzt wird, damit er zum Modell passt. auto entfernt Nachrichten aus der Mitte; last_messages behält die N neuesten.</translation>
    </message>
    <message>
        <source>Truncation strategy</source>
        <translation>Kürzungsstrategie</translation>
    </message>
    <message>
        <source>Automatic (auto)</source>
        <translation>Automatisch (auto)</translation>
    </message>
    <message>
        <source>Keep last N messages (last_messages)</source>
        <translation>Letzte N Nachrichten behalten (last_messages)</translation>
    </message>
    <message>
        <source>null (send an explicit null)</source>
        <translation>null (ein ausdrückliches null senden)</translation>
    </message>
    <message>
        <source> messages</source>
        <translation> Nachrichten</translation>
    </message>
    <message>
        <source>truncation_strategy.last_messages: how many recent messages to keep (at least 1)</source>
        <translation>truncation_strategy.last_messages: wie viele neueste Nachrichten behalten werden (mindestens 1)</translation>
    </message>
    <message>
        <source>Number of last messages to keep</source>
        <translation>Anzahl der zu behaltenden letzten Nachrichten</translation>
    </message>
    <message>
        <source>response_format: the shape of the answer. JSON object requires that your message or instructions ask for JSON.</source>
        <translation>response_format: die Form der Antwort. Ein JSON-Objekt setzt voraus, dass Ihre Nachricht oder die Anweisungen nach JSON fragen.</translation>
    </message>
    <message>
        <source>Response format</source>
        <translation>Antwortformat</translation>
    </message>
    <message>
        <source>Not set (assistant default)</source>
        <translation>Nicht gesetzt (Standard des Assistenten)</translation>
    </message>
    <message>
        <source>Text (text)</source>
        <translation>Text (text)</translation>
    </message>
    <message>
        <source>JSON object (json_object)</source>
        <translation>JSON-Objekt (json_object)</translation>
    </message>
    <message>
        <source>JSON matching a schema (json_schema)</source>
        <translation>JSON nach einem Schema (json_schema)</translation>
    </message>
    <message>
        <source>JSON schema for the answer</source>
        <translation>JSON-Schema für die Antwort</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>Required: e.g. answer</source>
        <translation>Erforderlich: z. B. answer</translation>
    </message>
    <message>
        <source>response_format.json_schema.name: letters, digits, _ and -, at most 64 characters</source>
        <translation>response_format.json_schema.name: Buchstaben, Ziffern, _ und -, höchstens 64 Zeichen</translation>
    </message>
    <message>
        <source>JSON schema name</source>
        <translation>Name des JSON-Schemas</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>response_format.json_schema.description: what the format is for (optional)</source>
        <translation>response_format.json_schema.description: wofür das Format gedacht ist (optional)</translation>
    </message>
    <message>
        <source>JSON schema description</source>
        <translation>Beschreibung des JSON-Schemas</translation>
    </message>
    <message>
        <source>response_format.json_schema.strict: follow the schema exactly (only a subset of JSON Schema is allowed)</source>
        <translation>response_format.json_schema.strict: dem Schema genau folgen (nur ein Teil von JSON Schema ist erlaubt)</translation>
    </message>
    <message>
        <source>JSON schema strict</source>
        <translation>JSON-Schema strikt</translation>
    </message>
    <message>
        <source>Not set (false)</source>
        <translation>Nicht gesetzt (false)</translation>
    </message>
    <message>
        <source>On (true)</source>
        <translation>Ein (true)</translation>
    </message>
    <message>
        <source>Off (false)</source>
        <translation>Aus (false)</translation>
    </message>
    <message>
        <source>response_format.json_schema.schema: a JSON Schema object. Empty = not set.</source>
        <translation>response_format.json_schema.schema: ein JSON-Schema-Objekt. Leer = nicht gesetzt.</translation>
    </message>
    <message>
        <source>JSON schema</source>
        <translation>JSON-Schema</translation>
    </message>
    <message>
        <source>JSON schema status</source>
        <translation>Status des JSON-Schemas</translation>
    </message>
    <message>
        <source>tool_choice: whether and which tool the model must call</source>
        <translation>tool_choice: ob und welches Tool das Modell aufrufen muss</translation>
    </message>
    <message>
        <source>Tool choice</source>
        <translation>Tool-Auswahl</translation>
    </message>
    <message>
        <source>Not set (auto)</source>
        <translation>Nicht gesetzt (auto)</translation>
    </message>
    <message>
        <source>No tools (none)</source>
        <translation>Keine Tools (none)</translation>
    </message>
    <message>
        <source>Model decides (auto)</source>
        <translation>Das Modell entscheidet (auto)</translation>
    </message>
    <message>
        <source>Must use a tool (required)</source>
        <translation>Muss ein Tool verwenden (required)</translation>
    </message>
    <message>
        <source>Code interpreter</source>
        <translation>Code Interpreter</translation>
    </message>
    <message>
        <source>File search</source>
        <translation>Dateisuche</translation>
    </message>
    <message>
        <source>A specific function</source>
        <translation>Eine bestimmte Funktion</translation>
    </message>
    <message>
        <source>tool_choice.function.name: the function the model must call (offered from the tools above)</source>
        <translation>tool_choice.function.name: die Funktion, die das Modell aufrufen muss (angeboten aus den Tools oben)</translation>
    </message>
    <message>
        <source>Tool choice function name</source>
        <translation>Funktionsname für die Tool-Auswahl</translation>
    </message>
    <message>
        <source>Para&amp;llel tool calls</source>
        <translation>Para&amp;llele Tool-Aufrufe</translation>
    </message>
    <message>
        <source>parallel_tool_calls: may the model call several functions at once</source>
        <translation>parallel_tool_calls: ob das Modell mehrere Funktionen gleichzeitig aufrufen darf</translation>
    </message>
    <message>
        <source>Parallel tool calls</source>
        <translation>Parallele Tool-Aufrufe</translation>
    </message>
    <message>
        <source>Default (on)</source>
        <translation>Standard (ein)</translation>
    </message>
    <message>
        <source>Max prompt to&amp;kens</source>
        <translation>Max. &amp;Eingabe-Token</translation>
    </message>
    <message>
        <source>Ma&amp;x completion tokens</source>
        <translation>Max. A&amp;usgabe-Token</translation>
    </message>
    <message>
        <source>Response form&amp;at</source>
        <translation>Antwortformat</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Strict</source>
        <translation>Strikt</translation>
    </message>
    <message>
        <source>S&amp;chema</source>
        <translation>Sc&amp;hema</translation>
    </message>
    <message>
        <source>Tool cho&amp;ice</source>
        <translation>Tool-Auswahl</translation>
    </message>
</context>
<context>
    <name>JsonMerge</name>
    <message>
        <source>A streamed change has an invalid position (index %1).</source>
        <translation>Eine gestreamte Änderung hat eine ungültige Position (Index %1).</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>keine Zahl</translation>
    </message>
    <message>
        <source>A streamed change points at position %1, beyond what RunLens accepts.</source>
        <translation>Eine gestreamte Änderung verweist auf Position %1, mehr als RunLens akzeptiert.</translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>--base-url needs a server address, for example http://127.0.0.1:8080/v1.</source>
        <translation>--base-url braucht eine Serveradresse, zum Beispiel http://127.0.0.1:8080/v1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a server address RunLens can use: it must start with http:// or https:// and name a host.</source>
        <translation>„%1“ ist keine Serveradresse, die RunLens verwenden kann: Sie muss mit http:// oder https:// beginnen und einen Host nennen.</translation>
    </message>
    <message>
        <source>--save-run needs the path of the file to write the final run object to.</source>
        <translation>--save-run braucht den Pfad der Datei, in die das endgültige Run-Objekt geschrieben wird.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Unbekannte Option „%1“.</translation>
    </message>
    <message>
        <source>Only one request file can be opened at a time (&apos;%1&apos; and &apos;%2&apos;).</source>
        <translation>Es kann nur eine Anfragedatei gleichzeitig geöffnet werden („%1“ und „%2“).</translation>
    </message>
    <message>
        <source>--quit-when-done only makes sense together with --send.</source>
        <translation>--quit-when-done ist nur zusammen mit --send sinnvoll.</translation>
    </message>
    <message>
        <source>--save-text needs the path of the file to write the assistant&apos;s reply to.</source>
        <translation>--save-text braucht den Pfad der Datei, in die die Antwort des Assistenten geschrieben wird.</translation>
    </message>
    <message>
        <source>Usage: runlens [FILE.json] [--base-url URL] [--send] [--quit-when-done] [--save-run PATH]
               [--save-text PATH]

  FILE.json         open this request body in the composer
  --base-url URL    use this server for this session (the saved connections stay as they are)
  --send            send the request once the window is up
  --quit-when-done  exit when the run ends; the exit status is that of &apos;runlens-cli run&apos;
  --save-run PATH   write the final run object to PATH
  --save-text PATH  write the assistant&apos;s reply (the text runlens-cli prints) to PATH
  --version         print the version
</source>
        <translation>Aufruf: runlens [DATEI.json] [--base-url URL] [--send] [--quit-when-done] [--save-run PFAD]
               [--save-text PFAD]

  DATEI.json        diesen Anfrageinhalt im Anfrage-Editor öffnen
  --base-url URL    diesen Server für diese Sitzung verwenden (die gespeicherten Verbindungen bleiben unverändert)
  --send            die Anfrage senden, sobald das Fenster geöffnet ist
  --quit-when-done  beenden, wenn der Run endet; der Exit-Status ist der von „runlens-cli run“
  --save-run PFAD   das endgültige Run-Objekt nach PFAD schreiben
  --save-text PFAD  die Antwort des Assistenten (den Text, den runlens-cli ausgibt) nach PFAD schreiben
  --version         die Version ausgeben
</translation>
    </message>
</context>
<context>
    <name>LocalBackend</name>
    <message>
        <source>Ollama</source>
        <translation>Ollama</translation>
    </message>
    <message>
        <source>Install Ollama, then run: ollama pull llama3.2</source>
        <translation>Installieren Sie Ollama und führen Sie dann aus: ollama pull llama3.2</translation>
    </message>
    <message>
        <source>llama.cpp (llama-server)</source>
        <translation>llama.cpp (llama-server)</translation>
    </message>
    <message>
        <source>Start it with: llama-server -m MODEL.gguf --jinja</source>
        <translation>Starten mit: llama-server -m MODELL.gguf --jinja</translation>
    </message>
    <message>
        <source>vLLM</source>
        <translation>vLLM</translation>
    </message>
    <message>
        <source>Start it with: vllm serve MODEL --enable-auto-tool-choice</source>
        <translation>Starten mit: vllm serve MODELL --enable-auto-tool-choice</translation>
    </message>
    <message>
        <source>LM Studio</source>
        <translation>LM Studio</translation>
    </message>
    <message>
        <source>In LM Studio, load a model and start the local server.</source>
        <translation>Laden Sie in LM Studio ein Modell und starten Sie den lokalen Server.</translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>Needs an OpenAI API key; runs are billed by OpenAI.</source>
        <translation>Braucht einen OpenAI-API-Schlüssel; OpenAI berechnet die Runs.</translation>
    </message>
    <message>
        <source>Enter the address of the model server, for example http://127.0.0.1:11434/v1.</source>
        <translation>Geben Sie die Adresse des Modellservers ein, zum Beispiel http://127.0.0.1:11434/v1.</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://, for example http://127.0.0.1:11434/v1.</source>
        <translation>Die Adresse muss mit http:// oder https:// beginnen, zum Beispiel http://127.0.0.1:11434/v1.</translation>
    </message>
    <message>
        <source>The address has no host name, for example 127.0.0.1 or localhost.</source>
        <translation>Die Adresse hat keinen Hostnamen, zum Beispiel 127.0.0.1 oder localhost.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>RunLens</source>
        <translation>RunLens</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Request composer</source>
        <translation>Anfrage-Editor</translation>
    </message>
    <message>
        <source>Run panel</source>
        <translation>Run-Bereich</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>&amp;Welcome to RunLens…</source>
        <translation>&amp;Willkommen bei RunLens…</translation>
    </message>
    <message>
        <source>&amp;About RunLens</source>
        <translation>Ü&amp;ber RunLens</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Assistants…</source>
        <translation>&amp;Assistenten…</translation>
    </message>
    <message>
        <source>Make, change and delete the assistants of this server</source>
        <translation>Assistenten dieses Servers anlegen, ändern und löschen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;Next area</source>
        <translation>&amp;Nächster Bereich</translation>
    </message>
    <message>
        <source>Move to the next part of the window: request, run, connection (F6)</source>
        <translation>Zum nächsten Teil des Fensters: Anfrage, Run, Verbindung (F6)</translation>
    </message>
    <message>
        <source>F6</source>
        <translation>F6</translation>
    </message>
    <message>
        <source>&amp;Previous area</source>
        <translation>&amp;Vorheriger Bereich</translation>
    </message>
    <message>
        <source>Move to the previous part of the window (Shift+F6)</source>
        <translation>Zum vorherigen Teil des Fensters (Umschalt+F6)</translation>
    </message>
    <message>
        <source>Shift+F6</source>
        <translation>Shift+F6</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
</context>
<context>
    <name>MessageEditor</name>
    <message>
        <source>role: who wrote the message. &quot;assistant&quot; inserts a message as if the assistant had written it.</source>
        <translation>role: wer die Nachricht geschrieben hat. „assistant“ fügt eine Nachricht ein, als hätte der Assistent sie geschrieben.</translation>
    </message>
    <message>
        <source>Message role</source>
        <translation>Rolle der Nachricht</translation>
    </message>
    <message>
        <source>User (user)</source>
        <translation>Benutzer (user)</translation>
    </message>
    <message>
        <source>Assistant (assistant)</source>
        <translation>Assistent (assistant)</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <source>What the message says</source>
        <translation>Was die Nachricht sagt</translation>
    </message>
    <message>
        <source>content: the text of the message (with images it becomes a list of parts)</source>
        <translation>content: der Text der Nachricht (mit Bildern wird daraus eine Liste von Teilen)</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>content image parts: a web address (image_url.url) or an uploaded file id (image_file.file_id), each with a detail level. Only vision models read images.</source>
        <translation>Bildteile des Inhalts: eine Webadresse (image_url.url) oder eine hochgeladene Datei-ID (image_file.file_id), jeweils mit einer Detailstufe. Nur Modelle mit Bildverständnis lesen Bilder.</translation>
    </message>
    <message>
        <source>Image parts</source>
        <translation>Bildteile</translation>
    </message>
    <message>
        <source>Add an image by web address (jpeg, png, gif, webp)</source>
        <translation>Ein Bild über seine Webadresse hinzufügen (jpeg, png, gif, webp)</translation>
    </message>
    <message>
        <source>Add image by URL</source>
        <translation>Bild per URL hinzufügen</translation>
    </message>
    <message>
        <source>Add an uploaded image by file id</source>
        <translation>Ein hochgeladenes Bild über seine Datei-ID hinzufügen</translation>
    </message>
    <message>
        <source>Add image by file id</source>
        <translation>Bild per Datei-ID hinzufügen</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>Bild entfernen</translation>
    </message>
    <message>
        <source>Remove the selected image part</source>
        <translation>Den ausgewählten Bildteil entfernen</translation>
    </message>
    <message>
        <source>Remove image part</source>
        <translation>Bildteil entfernen</translation>
    </message>
    <message>
        <source>Attach&amp;ments</source>
        <translation>&amp;Anhänge</translation>
    </message>
    <message>
        <source>attachments: uploaded files (file_id) and which tools may use them (code_interpreter, file_search)</source>
        <translation>attachments: hochgeladene Dateien (file_id) und welche Tools sie verwenden dürfen (code_interpreter, file_search)</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Attach an uploaded file</source>
        <translation>Eine hochgeladene Datei anhängen</translation>
    </message>
    <message>
        <source>Add attachment</source>
        <translation>Anhang hinzufügen</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Anhang entfernen</translation>
    </message>
    <message>
        <source>Remove the selected attachment</source>
        <translation>Den ausgewählten Anhang entfernen</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>metadata of this message: up to 16 pairs</source>
        <translation>metadata dieser Nachricht: bis zu 16 Paare</translation>
    </message>
    <message>
        <source>Message metadata</source>
        <translation>Metadaten der Nachricht</translation>
    </message>
    <message>
        <source>Ro&amp;le</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>+ Image URL</source>
        <translation>+ Bild-URL</translation>
    </message>
    <message>
        <source>+ Image file</source>
        <translation>+ Bilddatei</translation>
    </message>
    <message>
        <source>+ Attachment</source>
        <translation>+ Anhang</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
</context>
<context>
    <name>MetadataEditor</name>
    <message>
        <source>metadata: up to 16 key/value pairs; keys up to 64 characters, values up to 512. Double-click a cell to edit.</source>
        <translation>metadata: bis zu 16 Schlüssel-Wert-Paare; Schlüssel bis 64 Zeichen, Werte bis 512. Doppelklicken Sie auf eine Zelle, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>Metadata pairs</source>
        <translation>Metadaten-Paare</translation>
    </message>
    <message>
        <source>Add a key/value pair (at most 16)</source>
        <translation>Ein Schlüssel-Wert-Paar hinzufügen (höchstens 16)</translation>
    </message>
    <message>
        <source>Add metadata pair</source>
        <translation>Metadaten-Paar hinzufügen</translation>
    </message>
    <message>
        <source>Remove pair</source>
        <translation>Paar entfernen</translation>
    </message>
    <message>
        <source>Remove the selected key/value pair</source>
        <translation>Das ausgewählte Schlüssel-Wert-Paar entfernen</translation>
    </message>
    <message>
        <source>Remove metadata pair</source>
        <translation>Metadaten-Paar entfernen</translation>
    </message>
    <message>
        <source>How many pairs are used and how long the longest key and value are, against the limits</source>
        <translation>Wie viele Paare verwendet werden und wie lang der längste Schlüssel und Wert sind, verglichen mit den Grenzen</translation>
    </message>
    <message>
        <source>Metadata limits</source>
        <translation>Grenzen der Metadaten</translation>
    </message>
    <message>
        <source>Add pair</source>
        <translation>Paar hinzufügen</translation>
    </message>
</context>
<context>
    <name>MetadataSection</name>
    <message>
        <source>Labels stored with the run (metadata), for your own bookkeeping. Leave empty to send none.</source>
        <translation>Mit dem Run gespeicherte Kennzeichnungen (metadata) für Ihre eigene Buchführung. Leer lassen, um keine zu senden.</translation>
    </message>
    <message>
        <source>metadata: up to 16 key/value pairs (keys ≤ 64, values ≤ 512 characters)</source>
        <translation>metadata: bis zu 16 Schlüssel-Wert-Paare (Schlüssel ≤ 64, Werte ≤ 512 Zeichen)</translation>
    </message>
    <message>
        <source>Run metadata</source>
        <translation>Run-Metadaten</translation>
    </message>
</context>
<context>
    <name>RunFormat</name>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Requires action</source>
        <translation>Aktion erforderlich</translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation>Wird abgebrochen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Unvollständig</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>RunInspector</name>
    <message>
        <source>Nothing to inspect yet.</source>
        <translation>Noch nichts zu untersuchen.</translation>
    </message>
    <message>
        <source>Search keys and values</source>
        <translation>Schlüssel und Werte durchsuchen</translation>
    </message>
    <message>
        <source>Find a key or a value (Enter: next match)</source>
        <translation>Einen Schlüssel oder Wert finden (Eingabe: nächster Treffer)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Go to the previous match (Shift+F3)</source>
        <translation>Zum vorherigen Treffer gehen (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Go to the next match (F3)</source>
        <translation>Zum nächsten Treffer gehen (F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>Suchergebnis</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Alle aufklappen</translation>
    </message>
    <message>
        <source>Open every level of the tree</source>
        <translation>Jede Ebene des Baums öffnen</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Alle zuklappen</translation>
    </message>
    <message>
        <source>Close every level of the tree</source>
        <translation>Jede Ebene des Baums schließen</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Save this object to a JSON file</source>
        <translation>Dieses Objekt in einer JSON-Datei speichern</translation>
    </message>
    <message>
        <source>Object tree</source>
        <translation>Objektbaum</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>Roh-JSON</translation>
    </message>
</context>
<context>
    <name>RunPanel</name>
    <message>
        <source>Run panel</source>
        <translation>Run-Bereich</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
    <message>
        <source>No run yet</source>
        <translation>Noch kein Run</translation>
    </message>
    <message>
        <source>Time since Send</source>
        <translation>Zeit seit dem Senden</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Verstrichene Zeit</translation>
    </message>
    <message>
        <source>The assistant that runs</source>
        <translation>Der Assistent, der ausgeführt wird</translation>
    </message>
    <message>
        <source>The model the server used</source>
        <translation>Das Modell, das der Server verwendet hat</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Run abbrechen</translation>
    </message>
    <message>
        <source>Ask the server to cancel this run (Esc)</source>
        <translation>Den Server bitten, diesen Run abzubrechen (Esc)</translation>
    </message>
    <message>
        <source>Thread:</source>
        <translation>Thread:</translation>
    </message>
    <message>
        <source>Thread id</source>
        <translation>Thread-ID</translation>
    </message>
    <message>
        <source>The id of the new thread: keep it to continue the conversation</source>
        <translation>Die ID des neuen Threads: Bewahren Sie sie auf, um die Unterhaltung fortzusetzen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the thread id</source>
        <translation>Die Thread-ID kopieren</translation>
    </message>
    <message>
        <source>Copy thread id</source>
        <translation>Thread-ID kopieren</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Run:</translation>
    </message>
    <message>
        <source>Run id</source>
        <translation>Run-ID</translation>
    </message>
    <message>
        <source>The id of this run</source>
        <translation>Die ID dieses Runs</translation>
    </message>
    <message>
        <source>Copy the run id</source>
        <translation>Die Run-ID kopieren</translation>
    </message>
    <message>
        <source>Copy run id</source>
        <translation>Run-ID kopieren</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
</context>
<context>
    <name>SseParser</name>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>The server sent an event larger than %1, the most RunLens accepts for one event. The stream was stopped.</source>
        <translation>Der Server hat ein Ereignis gesendet, das größer als %1 ist, das Maximum, das RunLens für ein Ereignis akzeptiert. Der Stream wurde angehalten.</translation>
    </message>
</context>
<context>
    <name>StreamRecording</name>
    <message>
        <source>It is a JSON document, not an event stream: a saved stream has lines such as &quot;event: thread.run.created&quot; and &quot;data: {...}&quot;.</source>
        <translation>Es ist ein JSON-Dokument, kein Ereignis-Stream: Ein gespeicherter Stream hat Zeilen wie &quot;event: thread.run.created&quot; und &quot;data: {...}&quot;.</translation>
    </message>
    <message>
        <source>It is not an event stream but an error answer from a server: %1</source>
        <translation>Es ist kein Ereignis-Stream, sondern eine Fehlerantwort eines Servers: %1</translation>
    </message>
    <message>
        <source>It holds no events: it is not a saved event stream (an .sse file has lines such as &quot;event: thread.run.created&quot; and &quot;data: {...}&quot;).</source>
        <translation>Es enthält keine Ereignisse: Es ist kein gespeicherter Ereignis-Stream (eine .sse-Datei hat Zeilen wie &quot;event: thread.run.created&quot; und &quot;data: {...}&quot;).</translation>
    </message>
    <message numerus="yes">
        <source>It holds %n event(s), but none of a run (such as thread.run.created): it is not the stream of an Assistants run.</source>
        <translation>
            <numerusform>Es enthält %n Ereignis, aber keines eines Runs (wie thread.run.created): Es ist nicht der Stream eines Assistants-Runs.</numerusform>
            <numerusform>Es enthält %n Ereignisse, aber keines eines Runs (wie thread.run.created): Es ist nicht der Stream eines Assistants-Runs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ToolListEditor</name>
    <message>
        <source>The tools of this run, in order</source>
        <translation>Die Tools dieses Runs in ihrer Reihenfolge</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>Add the code interpreter tool</source>
        <translation>Das Tool Code Interpreter hinzufügen</translation>
    </message>
    <message>
        <source>Add code interpreter</source>
        <translation>Code Interpreter hinzufügen</translation>
    </message>
    <message>
        <source>Add the file search tool</source>
        <translation>Das Tool Dateisuche hinzufügen</translation>
    </message>
    <message>
        <source>Add file search</source>
        <translation>Dateisuche hinzufügen</translation>
    </message>
    <message>
        <source>Add a function the model may call</source>
        <translation>Eine Funktion hinzufügen, die das Modell aufrufen darf</translation>
    </message>
    <message>
        <source>Add function</source>
        <translation>Funktion hinzufügen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the selected tool up</source>
        <translation>Das ausgewählte Tool nach oben verschieben</translation>
    </message>
    <message>
        <source>Move tool up</source>
        <translation>Tool nach oben verschieben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the selected tool down</source>
        <translation>Das ausgewählte Tool nach unten verschieben</translation>
    </message>
    <message>
        <source>Move tool down</source>
        <translation>Tool nach unten verschieben</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected tool</source>
        <translation>Das ausgewählte Tool entfernen</translation>
    </message>
    <message>
        <source>Remove tool</source>
        <translation>Tool entfernen</translation>
    </message>
    <message>
        <source>0 of 20 tools</source>
        <translation>0 von 20 Tools</translation>
    </message>
    <message>
        <source>Tool count</source>
        <translation>Anzahl der Tools</translation>
    </message>
    <message>
        <source>Add a tool, or select one to edit it. With no tools in the list, the run uses no tools at all.</source>
        <translation>Fügen Sie ein Tool hinzu oder wählen Sie eines aus, um es zu bearbeiten. Ohne Tools in der Liste verwendet der Run gar keine Tools.</translation>
    </message>
    <message>
        <source>Code interpreter ({&quot;type&quot;: &quot;code_interpreter&quot;}) lets the model write and run Python. It has no settings; give it files under &quot;Tool resources&quot;.</source>
        <translation>Der Code Interpreter ({&quot;type&quot;: &quot;code_interpreter&quot;}) lässt das Modell Python schreiben und ausführen. Er hat keine Einstellungen; geben Sie ihm Dateien unter „Tool-Ressourcen“.</translation>
    </message>
    <message>
        <source>File search looks things up in vector stores. Everything here is optional.</source>
        <translation>Die Dateisuche schlägt in Vector Stores nach. Alles hier ist optional.</translation>
    </message>
    <message>
        <source>Default (20, or 5 for gpt-3.5)</source>
        <translation>Standard (20, oder 5 für gpt-3.5)</translation>
    </message>
    <message>
        <source>file_search.max_num_results: 1–50 results at most; lowest value = not set</source>
        <translation>file_search.max_num_results: höchstens 1–50 Ergebnisse; kleinster Wert = nicht gesetzt</translation>
    </message>
    <message>
        <source>Maximum number of results</source>
        <translation>Maximale Anzahl der Ergebnisse</translation>
    </message>
    <message>
        <source>Ran&amp;ker</source>
        <translation>Ran&amp;ker</translation>
    </message>
    <message>
        <source>file_search.ranking_options.ranker: which ranker orders the results</source>
        <translation>file_search.ranking_options.ranker: welcher Ranker die Ergebnisse ordnet</translation>
    </message>
    <message>
        <source>Ranker</source>
        <translation>Ranker</translation>
    </message>
    <message>
        <source>Not set (auto)</source>
        <translation>Nicht gesetzt (auto)</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>default_2024_08_21</source>
        <translation>default_2024_08_21</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Setzen</translation>
    </message>
    <message>
        <source>Checked: send ranking_options with this score threshold (required inside ranking_options)</source>
        <translation>Angehakt: ranking_options mit dieser Mindestbewertung senden (innerhalb von ranking_options erforderlich)</translation>
    </message>
    <message>
        <source>Set a score threshold</source>
        <translation>Eine Mindestbewertung setzen</translation>
    </message>
    <message>
        <source>file_search.ranking_options.score_threshold: 0–1; results scoring lower are left out</source>
        <translation>file_search.ranking_options.score_threshold: 0–1; Ergebnisse mit niedrigerer Bewertung werden weggelassen</translation>
    </message>
    <message>
        <source>Score threshold</source>
        <translation>Mindestbewertung</translation>
    </message>
    <message>
        <source>Required: e.g. get_weather</source>
        <translation>Erforderlich: z. B. get_weather</translation>
    </message>
    <message>
        <source>function.name: letters a–z, A–Z, digits, _ and -, at most 64 characters; unique among the tools</source>
        <translation>function.name: Buchstaben a–z, A–Z, Ziffern, _ und -, höchstens 64 Zeichen; eindeutig unter den Tools</translation>
    </message>
    <message>
        <source>Function name</source>
        <translation>Funktionsname</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>Not set: what the function does, so the model knows when to call it</source>
        <translation>Nicht gesetzt: was die Funktion tut, damit das Modell weiß, wann es sie aufrufen soll</translation>
    </message>
    <message>
        <source>function.description (optional)</source>
        <translation>function.description (optional)</translation>
    </message>
    <message>
        <source>Function description</source>
        <translation>Beschreibung der Funktion</translation>
    </message>
    <message>
        <source>S&amp;trict</source>
        <translation>S&amp;trikt</translation>
    </message>
    <message>
        <source>function.strict: follow the parameter schema exactly (only a subset of JSON Schema is allowed)</source>
        <translation>function.strict: dem Parameterschema genau folgen (nur ein Teil von JSON Schema ist erlaubt)</translation>
    </message>
    <message>
        <source>Function strict</source>
        <translation>Funktion strikt</translation>
    </message>
    <message>
        <source>Not set (false)</source>
        <translation>Nicht gesetzt (false)</translation>
    </message>
    <message>
        <source>On (true)</source>
        <translation>Ein (true)</translation>
    </message>
    <message>
        <source>Off (false)</source>
        <translation>Aus (false)</translation>
    </message>
    <message>
        <source>Example parameter schemas to start from</source>
        <translation>Beispiel-Parameterschemas als Ausgangspunkt</translation>
    </message>
    <message>
        <source>Example parameter schemas</source>
        <translation>Beispiel-Parameterschemas</translation>
    </message>
    <message>
        <source>Replace the parameters with the chosen example</source>
        <translation>Die Parameter durch das gewählte Beispiel ersetzen</translation>
    </message>
    <message>
        <source>Use the example schema</source>
        <translation>Das Beispielschema verwenden</translation>
    </message>
    <message>
        <source>&amp;Parameters</source>
        <translation>&amp;Parameter</translation>
    </message>
    <message>
        <source>function.parameters: a JSON Schema object describing the arguments. Empty = no parameters.</source>
        <translation>function.parameters: ein JSON-Schema-Objekt, das die Argumente beschreibt. Leer = keine Parameter.</translation>
    </message>
    <message>
        <source>Function parameters schema</source>
        <translation>Parameterschema der Funktion</translation>
    </message>
    <message>
        <source>Parameters status</source>
        <translation>Status der Parameter</translation>
    </message>
    <message>
        <source>+ Fi&amp;le search</source>
        <translation>+ &amp;Dateisuche</translation>
    </message>
    <message>
        <source>+ F&amp;unction</source>
        <translation>+ &amp;Funktion</translation>
    </message>
    <message>
        <source>Ma&amp;x results</source>
        <translation>Max. &amp;Ergebnisse</translation>
    </message>
    <message>
        <source>S&amp;core threshold</source>
        <translation>Mindestbewertung</translation>
    </message>
    <message>
        <source>Function na&amp;me</source>
        <translation>Funktionsname</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Use example</source>
        <translation>Beispiel verwenden</translation>
    </message>
    <message>
        <source>+ &amp;Code interpreter</source>
        <translation>+ &amp;Code Interpreter</translation>
    </message>
</context>
<context>
    <name>ToolResourcesSection</name>
    <message>
        <source>Files and vector stores the assistant&apos;s tools may use in this run (tool_resources). Leave empty for the assistant&apos;s own.</source>
        <translation>Dateien und Vector Stores, die die Tools des Assistenten in diesem Run verwenden dürfen (tool_resources). Leer lassen, um die des Assistenten zu verwenden.</translation>
    </message>
    <message>
        <source>Not set: e.g. file-abc, file-def</source>
        <translation>Nicht gesetzt: z. B. file-abc, file-def</translation>
    </message>
    <message>
        <source>tool_resources.code_interpreter.file_ids: up to 20 file ids, separated by commas or spaces</source>
        <translation>tool_resources.code_interpreter.file_ids: bis zu 20 Datei-IDs, getrennt durch Kommas oder Leerzeichen</translation>
    </message>
    <message>
        <source>Code interpreter file ids</source>
        <translation>Datei-IDs für den Code Interpreter</translation>
    </message>
    <message>
        <source>0 of 20 files</source>
        <translation>0 von 20 Dateien</translation>
    </message>
    <message>
        <source>Code interpreter file count</source>
        <translation>Anzahl der Dateien für den Code Interpreter</translation>
    </message>
    <message>
        <source>Not set: e.g. vs_abc123</source>
        <translation>Nicht gesetzt: z. B. vs_abc123</translation>
    </message>
    <message>
        <source>tool_resources.file_search.vector_store_ids: at most one vector store id for file search</source>
        <translation>tool_resources.file_search.vector_store_ids: höchstens eine Vector-Store-ID für die Dateisuche</translation>
    </message>
    <message>
        <source>File search vector store id</source>
        <translation>Vector-Store-ID für die Dateisuche</translation>
    </message>
    <message>
        <source>&amp;Code interpreter files</source>
        <translation>Code-Interpreter-&amp;Dateien</translation>
    </message>
    <message>
        <source>Vector s&amp;tore</source>
        <translation>&amp;Vector Store</translation>
    </message>
</context>
<context>
    <name>ToolsSection</name>
    <message>
        <source>Use the &amp;assistant&apos;s tools</source>
        <translation>Die Tools des &amp;Assistenten verwenden</translation>
    </message>
    <message>
        <source>tools not sent: the run uses the tools the assistant was created with</source>
        <translation>tools nicht gesendet: Der Run verwendet die Tools, mit denen der Assistent erstellt wurde</translation>
    </message>
    <message>
        <source>Use the assistant&apos;s tools</source>
        <translation>Die Tools des Assistenten verwenden</translation>
    </message>
    <message>
        <source>tools: replaces the assistant&apos;s tools for this run (up to 20); an empty list means no tools at all</source>
        <translation>tools: ersetzt für diesen Run die Tools des Assistenten (bis zu 20); eine leere Liste bedeutet gar keine Tools</translation>
    </message>
    <message>
        <source>Override the tools for this run</source>
        <translation>Tools für diesen Run ersetzen</translation>
    </message>
    <message>
        <source>Overr&amp;ide the tools for this run</source>
        <translation>Tools für diesen Run &amp;ersetzen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Serves the Assistants API v2 (threads, runs, steps, messages, assistants) on loopback, offline and deterministically.</source>
        <translation>Stellt die Assistants API v2 (Threads, Runs, Schritte, Nachrichten, Assistenten) auf Loopback bereit, offline und deterministisch.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Adresse, auf der auf Verbindungen gewartet wird (Standard 127.0.0.1).</translation>
    </message>
    <message>
        <source>Port to listen on; 0 picks a free port (default 0).</source>
        <translation>Port, auf dem auf Verbindungen gewartet wird; 0 wählt einen freien Port (Standard 0).</translation>
    </message>
    <message>
        <source>Require this bearer key (default: accept any or no key).</source>
        <translation>Diesen Bearer-Schlüssel verlangen (Standard: jeden oder keinen Schlüssel akzeptieren).</translation>
    </message>
    <message>
        <source>Accept requests without &apos;OpenAI-Beta: assistants=v2&apos;.</source>
        <translation>Anfragen ohne „OpenAI-Beta: assistants=v2“ akzeptieren.</translation>
    </message>
    <message>
        <source>Seconds before a run waiting for tool outputs expires (default 600).</source>
        <translation>Sekunden, bis ein Run, der auf Tool-Ausgaben wartet, abläuft (Standard 600).</translation>
    </message>
    <message>
        <source>runlens-server: --port takes a number from 0 to 65535</source>
        <translation>runlens-server: --port erwartet eine Zahl von 0 bis 65535</translation>
    </message>
    <message>
        <source>runlens-server: --expire-s takes a number of seconds</source>
        <translation>runlens-server: --expire-s erwartet eine Anzahl von Sekunden</translation>
    </message>
    <message>
        <source>runlens-server: cannot watch SIGINT/SIGTERM</source>
        <translation>runlens-server: SIGINT/SIGTERM können nicht überwacht werden</translation>
    </message>
    <message>
        <source>Pause between the steps of a run in milliseconds (default 40): each streamed word, each status change and each tool step; 0 runs at full speed.</source>
        <translation>Pause zwischen den Schritten eines Runs in Millisekunden (Standard 40): jedes gestreamte Wort, jeder Statuswechsel und jeder Tool-Schritt; 0 läuft mit voller Geschwindigkeit.</translation>
    </message>
    <message>
        <source>runlens-server: --delay-ms takes a number of milliseconds, 0 or more</source>
        <translation>runlens-server: --delay-ms erwartet eine Anzahl Millisekunden, 0 oder mehr</translation>
    </message>
    <message>
        <source>Milliseconds a client may take to send a whole request before it is answered 408 and disconnected (default 60000).</source>
        <translation>Millisekunden, die ein Client für eine vollständige Anfrage brauchen darf, bevor sie mit 408 beantwortet und die Verbindung getrennt wird (Standard 60000).</translation>
    </message>
    <message>
        <source>runlens-server: --request-timeout-ms takes a number of milliseconds</source>
        <translation>runlens-server: --request-timeout-ms erwartet eine Anzahl Millisekunden</translation>
    </message>
    <message>
        <source>Run every run on this Chat Completions server, for example http://127.0.0.1:11434/v1 (Ollama). Without it runs are simulated offline.</source>
        <translation>Jeden Run auf diesem Chat-Completions-Server ausführen, zum Beispiel http://127.0.0.1:11434/v1 (Ollama). Ohne diese Option werden Runs offline simuliert.</translation>
    </message>
    <message>
        <source>The environment variable that holds the upstream&apos;s key, sent as Authorization: Bearer (default RUNLENS_UPSTREAM_KEY; unset: no key).</source>
        <translation>Die Umgebungsvariable mit dem Schlüssel des Modellservers, gesendet als Authorization: Bearer (Standard RUNLENS_UPSTREAM_KEY; nicht gesetzt: kein Schlüssel).</translation>
    </message>
    <message>
        <source>The model of the shipped assistants on the upstream (default: the first model the upstream lists).</source>
        <translation>Das Modell der mitgelieferten Assistenten auf dem Modellserver (Standard: das erste Modell, das der Server auflistet).</translation>
    </message>
    <message>
        <source>runlens-server: --default-model needs --upstream</source>
        <translation>runlens-server: --default-model braucht --upstream</translation>
    </message>
    <message>
        <source>runlens-server: runs execute on %1%2</source>
        <translation>runlens-server: Runs laufen auf %1%2</translation>
    </message>
    <message>
        <source> (no key)</source>
        <translation> (ohne Schlüssel)</translation>
    </message>
    <message>
        <source> (with a key)</source>
        <translation> (mit Schlüssel)</translation>
    </message>
    <message>
        <source>Keep assistants and threads in this folder across restarts (SQLite). Without it they live in memory.</source>
        <translation>Assistenten und Threads über Neustarts hinweg in diesem Ordner aufbewahren (SQLite). Ohne diese Option leben sie nur im Speicher.</translation>
    </message>
</context>
<context>
    <name>rl::ActiveConnection</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>The built-in local server could not start: %1</source>
        <translation>Der eingebaute lokale Server konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 unter %2</translation>
    </message>
    <message>
        <source>Built-in local server on %1:%2 (%3)</source>
        <translation>Eingebauter lokaler Server auf %1:%2 (%3)</translation>
    </message>
    <message>
        <source>The keychain could not keep the model server&apos;s key (%1); it is used until RunLens closes.</source>
        <translation>Der Schlüsselbund konnte den Schlüssel des Modellservers nicht aufbewahren (%1); er gilt, bis RunLens geschlossen wird.</translation>
    </message>
    <message>
        <source>simulated, offline</source>
        <translation>simuliert, offline</translation>
    </message>
    <message>
        <source>runs on the model server at %1</source>
        <translation>läuft auf dem Modellserver auf %1</translation>
    </message>
    <message>
        <source>runs on %1 at %2</source>
        <translation>läuft auf %1 auf %2</translation>
    </message>
    <message>
        <source>The built-in server cannot use this model server: %1</source>
        <translation>Der eingebaute Server kann diesen Modellserver nicht verwenden: %1</translation>
    </message>
    <message>
        <source>The model server&apos;s key could not be read from the keychain (%1); runs go without a key.</source>
        <translation>Der Schlüssel des Modellservers konnte nicht aus dem Schlüsselbund gelesen werden (%1); Runs laufen ohne Schlüssel.</translation>
    </message>
    <message>
        <source>Not connected to “%1”: %2 Choose Edit… to enter a key, or Test to ask the server.</source>
        <translation>Nicht mit „%1“ verbunden: %2 Wählen Sie Bearbeiten…, um einen Schlüssel einzugeben, oder Verbindung testen, um den Server zu fragen.</translation>
    </message>
</context>
<context>
    <name>rl::ApiCall</name>
    <message>
        <source>the answer is larger than %1 MiB</source>
        <translation>die Antwort ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>the answer is not JSON</source>
        <translation>die Antwort ist kein JSON</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s.</source>
        <translation>Keine Antwort von %1 innerhalb von %2 s.</translation>
    </message>
    <message>
        <source>Stopped by RunLens before the answer ended.</source>
        <translation>Von RunLens beendet, bevor die Antwort zu Ende war.</translation>
    </message>
</context>
<context>
    <name>rl::AppContext</name>
    <message>
        <source>Server for this session: %1</source>
        <translation>Server für diese Sitzung: %1</translation>
    </message>
    <message>
        <source>Server for this session</source>
        <translation>Server für diese Sitzung</translation>
    </message>
</context>
<context>
    <name>rl::Appearance</name>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>Use the colours of your desktop</source>
        <translation>Die Farben Ihres Desktops verwenden</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>Dark text on light backgrounds</source>
        <translation>Dunkle Schrift auf hellem Grund</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>D&amp;unkel</translation>
    </message>
    <message>
        <source>Light text on dark backgrounds</source>
        <translation>Helle Schrift auf dunklem Grund</translation>
    </message>
</context>
<context>
    <name>rl::AssistantEditor</name>
    <message>
        <source>As the model likes (auto)</source>
        <translation>Wie das Modell will (auto)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>JSON (any object)</source>
        <translation>JSON (beliebiges Objekt)</translation>
    </message>
    <message>
        <source>JSON following a schema</source>
        <translation>JSON nach einem Schema</translation>
    </message>
    <message>
        <source>Choose the model that answers (the server&apos;s list is in the menu).</source>
        <translation>Wählen Sie das Modell, das antwortet (die Liste des Servers ist im Menü).</translation>
    </message>
    <message>
        <source>The schema is not a JSON object yet: %1 (line %2, column %3).</source>
        <translation>Das Schema ist noch kein JSON-Objekt: %1 (Zeile %2, Spalte %3).</translation>
    </message>
</context>
<context>
    <name>rl::AssistantManager</name>
    <message>
        <source>%1 (field %2)</source>
        <translation>%1 (Feld %2)</translation>
    </message>
    <message>
        <source>Not connected to a server yet.</source>
        <translation>Noch mit keinem Server verbunden.</translation>
    </message>
    <message>
        <source>The assistants could not be listed: %1</source>
        <translation>Die Assistenten konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>The assistant could not be created: %1</source>
        <translation>Der Assistent konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>The changes could not be saved: %1</source>
        <translation>Die Änderungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Unnamed assistant (copy)</source>
        <translation>Unbenannter Assistent (Kopie)</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>The assistant could not be deleted: %1</source>
        <translation>Der Assistent konnte nicht gelöscht werden: %1</translation>
    </message>
</context>
<context>
    <name>rl::AssistantSection</name>
    <message>
        <source>no tools</source>
        <translation>keine Tools</translation>
    </message>
    <message>
        <source>Required: pick an assistant or type asst_…</source>
        <translation>Erforderlich: Wählen Sie einen Assistenten oder geben Sie asst_… ein</translation>
    </message>
    <message>
        <source>Assistant default</source>
        <translation>Standard des Assistenten</translation>
    </message>
    <message>
        <source>Assistant default: the assistant&apos;s own instructions</source>
        <translation>Standard des Assistenten: die eigenen Anweisungen des Assistenten</translation>
    </message>
    <message>
        <source>%1 — %2 — %3 (%4)</source>
        <translation>%1 — %2 — %3 (%4)</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>No assistant chosen yet: one is required.</source>
        <translation>Noch kein Assistent gewählt: Einer ist erforderlich.</translation>
    </message>
    <message>
        <source>Assistant %1 (not in the loaded list)</source>
        <translation>Assistent %1 (nicht in der geladenen Liste)</translation>
    </message>
    <message>
        <source>%1 · model %2 · tools: %3</source>
        <translation>%1 · Modell %2 · Tools: %3</translation>
    </message>
    <message>
        <source>Assistant default: %1</source>
        <translation>Standard des Assistenten: %1</translation>
    </message>
    <message>
        <source>Assistant default: no instructions</source>
        <translation>Standard des Assistenten: keine Anweisungen</translation>
    </message>
    <message>
        <source>null (explicit): sent as null. Type a model to replace it.</source>
        <translation>null (ausdrücklich): wird als null gesendet. Geben Sie ein Modell ein, um es zu ersetzen.</translation>
    </message>
    <message>
        <source>null (explicit): sent as null. Type instructions to replace it.</source>
        <translation>null (ausdrücklich): wird als null gesendet. Geben Sie Anweisungen ein, um es zu ersetzen.</translation>
    </message>
</context>
<context>
    <name>rl::AssistantsDialog</name>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Asking the server for its assistants…</source>
        <translation>Der Server wird nach seinen Assistenten gefragt…</translation>
    </message>
    <message>
        <source>Saved “%1” (%2).</source>
        <translation>„%1“ gespeichert (%2).</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <source>Not connected to a server yet.</source>
        <translation>Noch mit keinem Server verbunden.</translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <source>Save or discard the changes to this assistant first.</source>
        <translation>Speichern oder verwerfen Sie zuerst die Änderungen an diesem Assistenten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;A new assistant&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ein neuer Assistent&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Fill in the form and press Save.</source>
        <translation>Füllen Sie das Formular aus und klicken Sie auf Speichern.</translation>
    </message>
    <message>
        <source>Creating the assistant…</source>
        <translation>Der Assistent wird angelegt…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Changes discarded.</source>
        <translation>Änderungen verworfen.</translation>
    </message>
    <message>
        <source>Copying “%1”…</source>
        <translation>„%1“ wird kopiert…</translation>
    </message>
    <message>
        <source>Delete assistant</source>
        <translation>Assistent löschen</translation>
    </message>
    <message>
        <source>Delete the assistant “%1” from the server? Runs that use it can no longer start.</source>
        <translation>Den Assistenten „%1“ vom Server löschen? Runs, die ihn verwenden, können dann nicht mehr starten.</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Wird gelöscht…</translation>
    </message>
    <message>
        <source>This assistant has changes that are not saved. Press Close again to leave without them.</source>
        <translation>Dieser Assistent hat ungespeicherte Änderungen. Klicken Sie erneut auf Schließen, um ohne sie zu gehen.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>This server has no assistants yet: write the first one.</source>
        <translation>Dieser Server hat noch keine Assistenten: Schreiben Sie den ersten.</translation>
    </message>
    <message>
        <source>Choose an assistant to change it, or press New.</source>
        <translation>Wählen Sie einen Assistenten, um ihn zu ändern, oder klicken Sie auf Neu.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &lt;span style=&quot;color:%3&quot;&gt;%2&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &lt;span style=&quot;color:%3&quot;&gt;%2&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>rl::Automation</name>
    <message>
        <source>The request was not sent: %1</source>
        <translation>Die Anfrage wurde nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>rl::BackendDialog</name>
    <message>
        <source>Built-in server: where runs run</source>
        <translation>Eingebauter Server: wo Runs laufen</translation>
    </message>
    <message>
        <source>The built-in server answers like the Assistants API. It can make up its answers offline, or have a real model write them through a Chat Completions server on this computer (Ollama, llama.cpp) or elsewhere.</source>
        <translation>Der eingebaute Server antwortet wie die Assistants API. Er kann seine Antworten offline erfinden oder ein echtes Modell über einen Chat-Completions-Server auf diesem Computer (Ollama, llama.cpp) oder anderswo schreiben lassen.</translation>
    </message>
    <message>
        <source>&amp;Simulated (offline): scripted answers, no model needed</source>
        <translation>&amp;Simuliert (offline): vorgegebene Antworten, kein Modell nötig</translation>
    </message>
    <message>
        <source>Runs follow a script: good for learning how runs, steps and tool calls work</source>
        <translation>Runs folgen einem Skript: gut, um zu lernen, wie Runs, Schritte und Werkzeugaufrufe funktionieren</translation>
    </message>
    <message>
        <source>A &amp;Chat Completions server: a real model answers</source>
        <translation>Ein &amp;Chat-Completions-Server: ein echtes Modell antwortet</translation>
    </message>
    <message>
        <source>Runs are carried out on a model served by Ollama, llama.cpp, vLLM, LM Studio or OpenAI</source>
        <translation>Runs laufen auf einem Modell, das Ollama, llama.cpp, vLLM, LM Studio oder OpenAI bereitstellt</translation>
    </message>
    <message>
        <source>Model server</source>
        <translation>Modellserver</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>The kind of model server; fills in its usual address</source>
        <translation>Die Art des Modellservers; trägt seine übliche Adresse ein</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>The server&apos;s Chat Completions address, usually ending in /v1</source>
        <translation>Die Chat-Completions-Adresse des Servers, meist mit /v1 am Ende</translation>
    </message>
    <message>
        <source>http://127.0.0.1:11434/v1</source>
        <translation>http://127.0.0.1:11434/v1</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>The model server&apos;s key, kept in the system keychain; sent only to that server</source>
        <translation>Der Schlüssel des Modellservers, im Schlüsselbund des Systems aufbewahrt; nur an diesen Server gesendet</translation>
    </message>
    <message>
        <source>None needed for a server on this computer</source>
        <translation>Für einen Server auf diesem Computer nicht nötig</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>The model of the ready-made assistants; Test fills this list</source>
        <translation>Das Modell der mitgelieferten Assistenten; Testen füllt diese Liste</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Ask the model server for its models</source>
        <translation>Den Modellserver nach seinen Modellen fragen</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Testergebnis</translation>
    </message>
    <message>
        <source>Threads and assistants of the built-in server stay when you switch. A chat model can run function tools, not code interpreter or file search.</source>
        <translation>Threads und Assistenten des eingebauten Servers bleiben beim Umschalten erhalten. Ein Chat-Modell kann Funktionswerkzeuge ausführen, aber weder Code Interpreter noch Dateisuche.</translation>
    </message>
    <message>
        <source>Another address</source>
        <translation>Andere Adresse</translation>
    </message>
    <message>
        <source>Asking the model server for its models…</source>
        <translation>Der Modellserver wird nach seinen Modellen gefragt…</translation>
    </message>
    <message>
        <source>A key is stored in the keychain; type to replace it</source>
        <translation>Ein Schlüssel ist im Schlüsselbund gespeichert; tippen Sie, um ihn zu ersetzen</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Any server that speaks the Chat Completions API; its address usually ends in /v1.</source>
        <translation>Jeder Server, der die Chat-Completions-API spricht; seine Adresse endet meist mit /v1.</translation>
    </message>
    <message>
        <source>The first model the server lists</source>
        <translation>Das erste Modell, das der Server auflistet</translation>
    </message>
</context>
<context>
    <name>rl::CodeMenu</name>
    <message>
        <source>Cop&amp;y as code</source>
        <translation>Als Code kop&amp;ieren</translation>
    </message>
    <message>
        <source>&amp;curl</source>
        <translation>&amp;curl</translation>
    </message>
    <message>
        <source>A curl command for a terminal</source>
        <translation>Ein curl-Befehl für das Terminal</translation>
    </message>
    <message>
        <source>&amp;Python (openai package)</source>
        <translation>&amp;Python (Paket openai)</translation>
    </message>
    <message>
        <source>A Python script using the official openai package</source>
        <translation>Ein Python-Skript mit dem offiziellen Paket openai</translation>
    </message>
    <message>
        <source>&amp;Node.js (openai package)</source>
        <translation>&amp;Node.js (Paket openai)</translation>
    </message>
    <message>
        <source>A Node.js script using the official openai package</source>
        <translation>Ein Node.js-Skript mit dem offiziellen Paket openai</translation>
    </message>
    <message>
        <source>Raw &amp;HTTP request</source>
        <translation>Rohe &amp;HTTP-Anfrage</translation>
    </message>
    <message>
        <source>The request exactly as it goes over the wire</source>
        <translation>Die Anfrage genau so, wie sie über die Leitung geht</translation>
    </message>
    <message>
        <source>%1. The key is read from the OPENAI_API_KEY environment variable, never written in.</source>
        <translation>%1. Der Schlüssel wird aus der Umgebungsvariablen OPENAI_API_KEY gelesen und nie in den Code geschrieben.</translation>
    </message>
    <message>
        <source>curl</source>
        <translation>curl-Befehl</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python-Skript</translation>
    </message>
    <message>
        <source>Node.js</source>
        <translation>Node.js-Skript</translation>
    </message>
    <message>
        <source>an HTTP request</source>
        <translation>HTTP-Anfrage</translation>
    </message>
</context>
<context>
    <name>rl::ComposerWidget</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (line %2, column %3: %4)</source>
        <translation>%1 ist kein gültiges JSON (Zeile %2, Spalte %3: %4)</translation>
    </message>
    <message>
        <source>%1 does not hold a JSON object: a request body starts with {</source>
        <translation>%1 enthält kein JSON-Objekt: Ein Anfrageinhalt beginnt mit {</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Open request</source>
        <translation>Anfrage öffnen</translation>
    </message>
    <message>
        <source>Request bodies (*.json);;All files (*)</source>
        <translation>Anfrageinhalte (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save request</source>
        <translation>Anfrage speichern</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Will not be sent: the form cannot show this value, so the request sends what the form shows instead. Check the field, or change the value in the JSON tab.</source>
        <translation>Wird nicht gesendet: Das Formular kann diesen Wert nicht darstellen, daher sendet die Anfrage stattdessen, was das Formular zeigt. Prüfen Sie das Feld oder ändern Sie den Wert im Tab JSON.</translation>
    </message>
    <message>
        <source>Will not be sent: the loaded body had this field, which the form cannot show, so it is left out of the request.</source>
        <translation>Wird nicht gesendet: Der geladene Inhalt hatte dieses Feld, das das Formular nicht darstellen kann, daher wird es in der Anfrage weggelassen.</translation>
    </message>
    <message>
        <source>Will not be sent: the loaded body had this item, which the form cannot show, so it is left out of the request.</source>
        <translation>Wird nicht gesendet: Der geladene Inhalt hatte diesen Eintrag, den das Formular nicht darstellen kann, daher wird er in der Anfrage weggelassen.</translation>
    </message>
    <message>
        <source>&amp;Open request…</source>
        <translation>Anfrage ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save request</source>
        <translation>Anfrage &amp;speichern</translation>
    </message>
    <message>
        <source>Save request &amp;as…</source>
        <translation>Anfrage speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Se&amp;nd</source>
        <translation>Se&amp;nden</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Assistant (assistant_id, model, instructions)</source>
        <translation>Assistent (assistant_id, model, instructions)</translation>
    </message>
    <message>
        <source>Conversation (thread)</source>
        <translation>Unterhaltung (thread)</translation>
    </message>
    <message>
        <source>Tools (tools)</source>
        <translation>Tools (tools)</translation>
    </message>
    <message>
        <source>Tool resources (tool_resources)</source>
        <translation>Tool-Ressourcen (tool_resources)</translation>
    </message>
    <message>
        <source>Generation (temperature, tokens, format, tool choice)</source>
        <translation>Generierung (temperature, tokens, format, tool choice)</translation>
    </message>
    <message>
        <source>Metadata (metadata)</source>
        <translation>Metadaten (metadata)</translation>
    </message>
    <message>
        <source>Delivery (stream)</source>
        <translation>Übermittlung (stream)</translation>
    </message>
    <message>
        <source>%1 (Alt+%2)</source>
        <translation>%1 (Alt+%2)</translation>
    </message>
    <message>
        <source>Valid JSON: the form shows this body.</source>
        <translation>Gültiges JSON: Das Formular zeigt diesen Inhalt.</translation>
    </message>
    <message>
        <source>Open a request body from a .json file</source>
        <translation>Einen Anfrageinhalt aus einer .json-Datei öffnen</translation>
    </message>
    <message>
        <source>Save the request body to its .json file</source>
        <translation>Den Anfrageinhalt in seiner .json-Datei speichern</translation>
    </message>
    <message>
        <source>Save the request body to a new .json file</source>
        <translation>Den Anfrageinhalt in einer neuen .json-Datei speichern</translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Enter)</source>
        <translation>Die Anfrage senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Cannot send: %1</source>
        <translation>Senden nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cannot send: %1 (and %n more problem(s))</source>
        <translation>
            <numerusform>Senden nicht möglich: %1 (und %n weiteres Problem)</numerusform>
            <numerusform>Senden nicht möglich: %1 (und %n weitere Probleme)</numerusform>
        </translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Error — %1: %2</source>
        <translation>Fehler — %1: %2</translation>
    </message>
    <message>
        <source>Warning — %1: %2</source>
        <translation>Warnung — %1: %2</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>Ready to send (Ctrl+Enter).</source>
        <translation>Bereit zum Senden (Strg+Eingabe).</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>the server reported a problem here</source>
        <translation>der Server hat hier ein Problem gemeldet</translation>
    </message>
    <message>
        <source>Not applied: line %1, column %2: %3. Your edit is kept as typed; Send is off until you fix it or discard it.</source>
        <translation>Nicht übernommen: Zeile %1, Spalte %2: %3. Ihre Änderung bleibt wie eingegeben erhalten; Senden ist aus, bis Sie sie korrigieren oder verwerfen.</translation>
    </message>
    <message>
        <source>not valid JSON (line %1, column %2: %3). Your edit is kept as typed and not applied: fix it or discard it.</source>
        <translation>kein gültiges JSON (Zeile %1, Spalte %2: %3). Ihre Änderung bleibt wie eingegeben erhalten und ist nicht übernommen: Korrigieren oder verwerfen Sie sie.</translation>
    </message>
    <message>
        <source>JSON tab</source>
        <translation>JSON-Tab</translation>
    </message>
    <message>
        <source>Replace your request?</source>
        <translation>Ihre Anfrage ersetzen?</translation>
    </message>
    <message>
        <source>The request in the composer has changes that are not saved in a file. Save them before opening another request? Otherwise they are lost.</source>
        <translation>Die Anfrage im Editor hat Änderungen, die in keiner Datei gespeichert sind. Vor dem Öffnen einer anderen Anfrage speichern? Sonst gehen sie verloren.</translation>
    </message>
    <message>
        <source>Start a new request?</source>
        <translation>Eine neue Anfrage beginnen?</translation>
    </message>
    <message>
        <source>The JSON tab holds an edit that is not valid JSON yet. Discard it and start a new request?</source>
        <translation>Der JSON-Reiter enthält eine Änderung, die noch kein gültiges JSON ist. Sie verwerfen und eine neue Anfrage beginnen?</translation>
    </message>
    <message>
        <source>The request in the composer has changes that are not saved in a file. Save them before starting a new one? Otherwise they are lost.</source>
        <translation>Die Anfrage im Editor hat Änderungen, die in keiner Datei gespeichert sind. Sie speichern, bevor eine neue beginnt? Sonst gehen sie verloren.</translation>
    </message>
    <message>
        <source>&amp;New request</source>
        <translation>&amp;Neue Anfrage</translation>
    </message>
    <message>
        <source>Start a new request for the same assistant</source>
        <translation>Eine neue Anfrage für denselben Assistenten beginnen</translation>
    </message>
</context>
<context>
    <name>rl::ConnectionBar</name>
    <message>
        <source>Co&amp;nnection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <source>The server RunLens talks to. Pick another one to switch</source>
        <translation>Der Server, mit dem RunLens spricht. Wählen Sie einen anderen, um zu wechseln</translation>
    </message>
    <message>
        <source>Active connection profile</source>
        <translation>Aktives Verbindungsprofil</translation>
    </message>
    <message>
        <source>Change the selected connection</source>
        <translation>Die ausgewählte Verbindung ändern</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>Verbindung bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Add a connection to another server</source>
        <translation>Eine Verbindung zu einem anderen Server hinzufügen</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>Copy the selected connection</source>
        <translation>Die ausgewählte Verbindung kopieren</translation>
    </message>
    <message>
        <source>Duplicate connection</source>
        <translation>Verbindung duplizieren</translation>
    </message>
    <message>
        <source>Delete the selected connection and its stored key</source>
        <translation>Die ausgewählte Verbindung und ihren gespeicherten Schlüssel löschen</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Verbindung löschen</translation>
    </message>
    <message>
        <source>Check that the server answers (lists assistants)</source>
        <translation>Prüfen, ob der Server antwortet (listet die Assistenten auf)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Runs inside RunLens on this computer; no key needed</source>
        <translation>Läuft innerhalb von RunLens auf diesem Computer; kein Schlüssel nötig</translation>
    </message>
    <message>
        <source>Delete the connection “%1” and its stored key?</source>
        <translation>Die Verbindung „%1“ und ihren gespeicherten Schlüssel löschen?</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Die Verbindung wird getestet…</translation>
    </message>
    <message>
        <source>Connection works: %1</source>
        <translation>Die Verbindung funktioniert: %1</translation>
    </message>
    <message>
        <source>Connection problem: %1</source>
        <translation>Verbindungsproblem: %1</translation>
    </message>
    <message>
        <source>The key could not be saved in the keychain and is kept for this session only. %1</source>
        <translation>Der Schlüssel konnte nicht im Schlüsselbund gespeichert werden und wird nur für diese Sitzung behalten. %1</translation>
    </message>
    <message>
        <source>Built-in server: %1</source>
        <translation>Eingebauter Server: %1</translation>
    </message>
    <message>
        <source>Choose what the built-in server runs on: simulated, or a real model</source>
        <translation>Wählen, worauf der eingebaute Server läuft: simuliert oder ein echtes Modell</translation>
    </message>
    <message>
        <source>Edit this connection</source>
        <translation>Diese Verbindung bearbeiten</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Te&amp;st connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>This connection has a problem</source>
        <translation>Diese Verbindung hat ein Problem</translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation>Verbindungsproblem</translation>
    </message>
    <message>
        <source>The built-in server is not running: %1</source>
        <translation>Der eingebaute Server läuft nicht: %1</translation>
    </message>
    <message>
        <source>“%1” now sends no key.</source>
        <translation>„%1“ sendet jetzt keinen Schlüssel.</translation>
    </message>
</context>
<context>
    <name>rl::ConnectionProfile</name>
    <message>
        <source>Built-in local server</source>
        <translation>Eingebauter lokaler Server</translation>
    </message>
</context>
<context>
    <name>rl::ConnectionTester</name>
    <message>
        <source>The server %1 was found and answered.</source>
        <translation>Der Server %1 wurde gefunden und hat geantwortet.</translation>
    </message>
    <message>
        <source>The secure connection (TLS) works.</source>
        <translation>Die sichere Verbindung (TLS) funktioniert.</translation>
    </message>
    <message>
        <source>The key was accepted.</source>
        <translation>Der Schlüssel wurde akzeptiert.</translation>
    </message>
    <message>
        <source>The assistants list works.</source>
        <translation>Die Liste der Assistenten funktioniert.</translation>
    </message>
    <message>
        <source>The assistants list works, but it is empty.</source>
        <translation>Die Liste der Assistenten funktioniert, ist aber leer.</translation>
    </message>
    <message>
        <source>Connection works.</source>
        <translation>Die Verbindung funktioniert.</translation>
    </message>
    <message>
        <source>The host name %1 could not be found (DNS).</source>
        <translation>Der Hostname %1 wurde nicht gefunden (DNS).</translation>
    </message>
    <message>
        <source>The host was found, but nothing accepts connections on port %1.</source>
        <translation>Der Host wurde gefunden, aber an Port %1 werden keine Verbindungen angenommen.</translation>
    </message>
    <message>
        <source>The host was found, but the secure connection (TLS) failed.</source>
        <translation>Der Host wurde gefunden, aber die sichere Verbindung (TLS) ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The key was not accepted (%1). Check the key and the auth style.</source>
        <translation>Der Schlüssel wurde nicht akzeptiert (%1). Prüfen Sie den Schlüssel und die Authentifizierungsart.</translation>
    </message>
    <message>
        <source>OpenAI retired the Assistants API on 26 August 2026: use a compatible server or the built-in local server.</source>
        <translation>OpenAI hat die Assistants API am 26. August 2026 eingestellt: Verwenden Sie einen kompatiblen Server oder den eingebauten lokalen Server.</translation>
    </message>
    <message>
        <source>The assistants endpoint was not found (404). Check the base URL (often ending in /v1).</source>
        <translation>Der Assistants-Endpunkt wurde nicht gefunden (404). Prüfen Sie die Basis-URL (sie endet oft auf /v1).</translation>
    </message>
    <message>
        <source>The server rejected the beta header %1: set it to assistants=v2.</source>
        <translation>Der Server hat den Beta-Header %1 abgelehnt: Setzen Sie ihn auf assistants=v2.</translation>
    </message>
    <message>
        <source>The server wants the beta header OpenAI-Beta: assistants=v2; turn it on.</source>
        <translation>Der Server verlangt den Beta-Header OpenAI-Beta: assistants=v2; schalten Sie ihn ein.</translation>
    </message>
    <message>
        <source>No key is sent, and the server did not ask for one.</source>
        <translation>Es wird kein Schlüssel gesendet, und der Server hat keinen verlangt.</translation>
    </message>
    <message>
        <source>The server wants a key (%1), but this connection sends no key. Choose Edit… and an auth style, and enter the key.</source>
        <translation>Der Server verlangt einen Schlüssel (%1), aber diese Verbindung sendet keinen. Wählen Sie Bearbeiten… und eine Anmeldeart, und geben Sie den Schlüssel ein.</translation>
    </message>
</context>
<context>
    <name>rl::ConversationSection</name>
    <message>
        <source>%1. %2: %3</source>
        <translation>%1. %2: %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message numerus="yes">
        <source> [+%n image(s)]</source>
        <translation>
            <numerusform> [+%n Bild]</numerusform>
            <numerusform> [+%n Bilder]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rl::ConversationTab</name>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>The messages of the thread appear here as the run goes.</source>
        <translation>Die Nachrichten des Threads erscheinen hier, während der Run läuft.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Untersuchen</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>unvollständig</translation>
    </message>
    <message>
        <source>writing…</source>
        <translation>schreibt…</translation>
    </message>
    <message>
        <source>stopped (run %1)</source>
        <translation>angehalten (Run %1)</translation>
    </message>
    <message>
        <source>[%1] Cited file %2</source>
        <translation>[%1] Zitierte Datei %2</translation>
    </message>
    <message>
        <source>[%1] File produced by the run: %2</source>
        <translation>[%1] Vom Run erzeugte Datei: %2</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>Function call: %1</source>
        <translation>Funktionsaufruf: %1</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumente:</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>Ausgabe:</translation>
    </message>
    <message>
        <source>No output yet.</source>
        <translation>Noch keine Ausgabe.</translation>
    </message>
    <message>
        <source>Code interpreter</source>
        <translation>Code Interpreter</translation>
    </message>
    <message>
        <source>Input:</source>
        <translation>Eingabe:</translation>
    </message>
    <message>
        <source>Logs:</source>
        <translation>Protokoll:</translation>
    </message>
    <message>
        <source>Image file: %1</source>
        <translation>Bilddatei: %1</translation>
    </message>
    <message>
        <source>File search</source>
        <translation>Dateisuche</translation>
    </message>
    <message>
        <source>No results reported.</source>
        <translation>Keine Ergebnisse gemeldet.</translation>
    </message>
    <message>
        <source>%1 (%2), score %3</source>
        <translation>%1 (%2), Bewertung %3</translation>
    </message>
    <message>
        <source>Tool call (%1)</source>
        <translation>Tool-Aufruf (%1)</translation>
    </message>
    <message>
        <source>The assistant refused:</source>
        <translation>Der Assistent hat abgelehnt:</translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation>Bild: %1</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Anhänge:</translation>
    </message>
    <message>
        <source>Inspect step</source>
        <translation>Schritt untersuchen</translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation>Nachricht %1</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
</context>
<context>
    <name>rl::DraftStore</name>
    <message>
        <source>The request could not be kept for the next start (%1): %2</source>
        <translation>Die Anfrage konnte nicht für den nächsten Start aufbewahrt werden (%1): %2</translation>
    </message>
    <message>
        <source>The request of the last session could not be read, so the composer starts empty. The file was moved to %1.</source>
        <translation>Die Anfrage der letzten Sitzung konnte nicht gelesen werden, daher beginnt der Editor leer. Die Datei wurde nach %1 verschoben.</translation>
    </message>
</context>
<context>
    <name>rl::EventsModel</name>
    <message>
        <source>thread %1</source>
        <translation>Thread %1</translation>
    </message>
    <message>
        <source>run %1 is %2</source>
        <translation>Run %1 ist %2</translation>
    </message>
    <message>
        <source>step %1 (%2) is %3</source>
        <translation>Schritt %1 (%2) ist %3</translation>
    </message>
    <message>
        <source>step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <source>message %1 is %2</source>
        <translation>Nachricht %1 ist %2</translation>
    </message>
    <message>
        <source>+“%1”</source>
        <translation>+„%1“</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>end of stream</source>
        <translation>Ende des Streams</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>%1 (unknown event)</source>
        <translation>%1 (unbekanntes Ereignis)</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>kein Name</translation>
    </message>
    <message>
        <source>RunLens does not know this event; it is kept and shown as received.</source>
        <translation>RunLens kennt dieses Ereignis nicht; es wird behalten und so angezeigt, wie es empfangen wurde.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>rl::EventsTab</name>
    <message>
        <source>Select an event to see its payload</source>
        <translation>Wählen Sie ein Ereignis aus, um seine Nutzdaten zu sehen</translation>
    </message>
    <message>
        <source>Filter by name or text</source>
        <translation>Nach Name oder Text filtern</translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation>Ereignisse filtern</translation>
    </message>
    <message>
        <source>Stream events</source>
        <translation>Stream-Ereignisse</translation>
    </message>
    <message>
        <source>Payload of the selected event</source>
        <translation>Nutzdaten des ausgewählten Ereignisses</translation>
    </message>
    <message>
        <source>Show the selected event&apos;s payload in the Inspector tab</source>
        <translation>Die Nutzdaten des ausgewählten Ereignisses im Tab Inspektor anzeigen</translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation>%1 von %2 Ereignissen</translation>
    </message>
    <message>
        <source>Event %1 at +%2</source>
        <translation>Ereignis %1 bei +%2</translation>
    </message>
</context>
<context>
    <name>rl::GenerationSection</name>
    <message>
        <source>function name</source>
        <translation>Funktionsname</translation>
    </message>
    <message>
        <source>Not valid JSON yet (line %1, column %2: %3). The last valid schema is kept in the request.</source>
        <translation>Noch kein gültiges JSON (Zeile %1, Spalte %2: %3). Das letzte gültige Schema bleibt in der Anfrage.</translation>
    </message>
    <message>
        <source>null (explicit)</source>
        <translation>null (ausdrücklich)</translation>
    </message>
    <message>
        <source>Assistant default</source>
        <translation>Standard des Assistenten</translation>
    </message>
</context>
<context>
    <name>rl::HttpExchangeModel</name>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>in progress…</source>
        <translation>läuft…</translation>
    </message>
</context>
<context>
    <name>rl::HttpTab</name>
    <message>
        <source>(no body)</source>
        <translation>(kein Inhalt)</translation>
    </message>
    <message>
        <source>… (shortened)</source>
        <translation>… (gekürzt)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>HTTP requests of this run</source>
        <translation>HTTP-Anfragen dieses Runs</translation>
    </message>
    <message>
        <source>Request and response</source>
        <translation>Anfrage und Antwort</translation>
    </message>
    <message>
        <source>Select a request to see what was sent and what came back.</source>
        <translation>Wählen Sie eine Anfrage aus, um zu sehen, was gesendet wurde und was zurückkam.</translation>
    </message>
    <message>
        <source>REQUEST</source>
        <translation>ANFRAGE</translation>
    </message>
    <message>
        <source>RESPONSE</source>
        <translation>ANTWORT</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>Keine Antwort: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
    <message>
        <source>(not sent)</source>
        <translation>(nicht gesendet)</translation>
    </message>
    <message>
        <source>Processing time on the server: %1</source>
        <translation>Verarbeitungszeit auf dem Server: %1</translation>
    </message>
    <message>
        <source>Total time: %1</source>
        <translation>Gesamtzeit: %1</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>Versuche: %1</translation>
    </message>
    <message>
        <source>Rate limits:</source>
        <translation>Ratenbegrenzungen:</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>Header:</translation>
    </message>
    <message>
        <source>(only the start of a streamed body is kept)</source>
        <translation>(nur der Anfang eines gestreamten Inhalts wird behalten)</translation>
    </message>
    <message>
        <source>In progress: the answer has not ended yet.</source>
        <translation>Läuft: Die Antwort ist noch nicht zu Ende.</translation>
    </message>
</context>
<context>
    <name>rl::JsonEditor</name>
    <message>
        <source>JSON editor</source>
        <translation>JSON-Editor</translation>
    </message>
    <message>
        <source>Empty: type a JSON value</source>
        <translation>Leer: Geben Sie einen JSON-Wert ein</translation>
    </message>
    <message>
        <source>must be a JSON object ({ ... })</source>
        <translation>muss ein JSON-Objekt sein ({ ... })</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
</context>
<context>
    <name>rl::JsonSyntax</name>
    <message>
        <source>the text is not valid UTF-8 (byte 0x%1)</source>
        <translation>der Text ist kein gültiges UTF-8 (Byte 0x%1)</translation>
    </message>
    <message>
        <source>the text ends inside a UTF-8 character</source>
        <translation>der Text endet mitten in einem UTF-8-Zeichen</translation>
    </message>
    <message>
        <source>a control character (U+%1) inside a string must be written as an escape such as \n or \u%1</source>
        <translation>ein Steuerzeichen (U+%1) in einer Zeichenkette muss als Escape geschrieben werden, etwa \n oder \u%1</translation>
    </message>
    <message>
        <source>the text ends inside a string: a closing &apos;&quot;&apos; is missing</source>
        <translation>der Text endet in einer Zeichenkette: ein schließendes &apos;&quot;&apos; fehlt</translation>
    </message>
    <message>
        <source>\u must be followed by four hexadecimal digits</source>
        <translation>auf \u müssen vier Hexadezimalziffern folgen</translation>
    </message>
    <message>
        <source>&apos;\%1&apos; is not an escape JSON knows (\&quot; \\ \/ \b \f \n \r \t \uXXXX)</source>
        <translation>&apos;\%1&apos; ist kein Escape, das JSON kennt (\&quot; \\ \/ \b \f \n \r \t \uXXXX)</translation>
    </message>
    <message>
        <source>a number is cut short</source>
        <translation>eine Zahl bricht vorzeitig ab</translation>
    </message>
    <message>
        <source>a number may not start with 0 (write 7, not 07)</source>
        <translation>eine Zahl darf nicht mit 0 beginnen (7 schreiben, nicht 07)</translation>
    </message>
    <message>
        <source>a number was expected after &apos;-&apos;</source>
        <translation>nach &apos;-&apos; wurde eine Zahl erwartet</translation>
    </message>
    <message>
        <source>a digit must follow the decimal point</source>
        <translation>auf den Dezimalpunkt muss eine Ziffer folgen</translation>
    </message>
    <message>
        <source>a number&apos;s exponent has no digits</source>
        <translation>der Exponent einer Zahl hat keine Ziffern</translation>
    </message>
    <message>
        <source>unknown word: a value must be an object, array, string, number, true, false or null (strings need double quotes)</source>
        <translation>unbekanntes Wort: ein Wert muss ein Objekt, Array, eine Zeichenkette, Zahl, true, false oder null sein (Zeichenketten brauchen doppelte Anführungszeichen)</translation>
    </message>
    <message>
        <source>the JSON is nested more than %1 levels deep</source>
        <translation>das JSON ist tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>strings need double quotes (&quot;), not single quotes</source>
        <translation>Zeichenketten brauchen doppelte Anführungszeichen (&quot;), keine einfachen</translation>
    </message>
    <message>
        <source>a value (object, array, string, number, true, false or null) was expected</source>
        <translation>ein Wert (Objekt, Array, Zeichenkette, Zahl, true, false oder null) wurde erwartet</translation>
    </message>
    <message>
        <source>the text is empty: it holds no JSON value</source>
        <translation>der Text ist leer: er enthält keinen JSON-Wert</translation>
    </message>
    <message>
        <source>the text ends where a value was expected</source>
        <translation>der Text endet, wo ein Wert erwartet wurde</translation>
    </message>
    <message>
        <source>the text ends inside an object: a closing &apos;}&apos; is missing</source>
        <translation>der Text endet in einem Objekt: ein schließendes &apos;}&apos; fehlt</translation>
    </message>
    <message>
        <source>the text ends inside an array: a closing &apos;]&apos; is missing</source>
        <translation>der Text endet in einem Array: ein schließendes &apos;]&apos; fehlt</translation>
    </message>
    <message>
        <source>a comma before &apos;]&apos; is not allowed (trailing comma)</source>
        <translation>ein Komma vor &apos;]&apos; ist nicht erlaubt (überzähliges Komma)</translation>
    </message>
    <message>
        <source>a comma before &apos;}&apos; is not allowed (trailing comma)</source>
        <translation>ein Komma vor &apos;}&apos; ist nicht erlaubt (überzähliges Komma)</translation>
    </message>
    <message>
        <source>a member name in double quotes was expected</source>
        <translation>ein Feldname in doppelten Anführungszeichen wurde erwartet</translation>
    </message>
    <message>
        <source>a &apos;:&apos; is missing after the member name</source>
        <translation>nach dem Feldnamen fehlt ein &apos;:&apos;</translation>
    </message>
    <message>
        <source>there is more text after the end of the JSON value</source>
        <translation>nach dem Ende des JSON-Werts folgt weiterer Text</translation>
    </message>
    <message>
        <source>a comma is missing between two members of an object</source>
        <translation>zwischen zwei Feldern eines Objekts fehlt ein Komma</translation>
    </message>
    <message>
        <source>a &apos;,&apos; or a closing &apos;}&apos; was expected</source>
        <translation>ein &apos;,&apos; oder ein schließendes &apos;}&apos; wurde erwartet</translation>
    </message>
    <message>
        <source>a comma is missing between two values of an array</source>
        <translation>zwischen zwei Werten eines Arrays fehlt ein Komma</translation>
    </message>
    <message>
        <source>a &apos;,&apos; or a closing &apos;]&apos; was expected</source>
        <translation>ein &apos;,&apos; oder ein schließendes &apos;]&apos; wurde erwartet</translation>
    </message>
    <message>
        <source>a string starts with an invisible byte-order mark (U+FEFF), which would be lost: remove it</source>
        <translation>eine Zeichenkette beginnt mit einer unsichtbaren Byte-Order-Markierung (U+FEFF), die verloren ginge: bitte entfernen</translation>
    </message>
</context>
<context>
    <name>rl::JsonText</name>
    <message>
        <source>The file is empty: it holds no JSON.</source>
        <translation>Die Datei ist leer: Sie enthält kein JSON.</translation>
    </message>
    <message>
        <source>This is not valid JSON: %1 (line %2, column %3).</source>
        <translation>Das ist kein gültiges JSON: %1 (Zeile %2, Spalte %3).</translation>
    </message>
</context>
<context>
    <name>rl::JsonTreeModel</name>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n Schlüssel}</numerusform>
            <numerusform>{%n Schlüssel}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n Eintrag]</numerusform>
            <numerusform>[%n Einträge]</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>timestamp</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>array</source>
        <translation>Array</translation>
    </message>
    <message>
        <source>string</source>
        <translation>Zeichenkette</translation>
    </message>
    <message>
        <source>integer</source>
        <translation>Ganzzahl</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>Wahrheitswert</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>undefiniert</translation>
    </message>
</context>
<context>
    <name>rl::KeptValue</name>
    <message>
        <source>Kept value of %1</source>
        <translation>Beibehaltener Wert von %1</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>keine Zahl</translation>
    </message>
    <message>
        <source>outside %1–%2</source>
        <translation>außerhalb von %1–%2</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>keine ganze Zahl</translation>
    </message>
    <message>
        <source>more decimals than this field shows (%1)</source>
        <translation>mehr Nachkommastellen, als dieses Feld anzeigt (%1)</translation>
    </message>
    <message>
        <source>null (explicit, from the loaded body). It is sent as null until you change this field.</source>
        <translation>null (ausdrücklich, aus dem geladenen Inhalt). Es wird als null gesendet, bis Sie dieses Feld ändern.</translation>
    </message>
    <message>
        <source>%1 — %2 (from the loaded body). It is kept and sent as it is until you change this field.</source>
        <translation>%1 — %2 (aus dem geladenen Inhalt). Der Wert wird beibehalten und unverändert gesendet, bis Sie dieses Feld ändern.</translation>
    </message>
</context>
<context>
    <name>rl::KeyPromptDialog</name>
    <message>
        <source>Key needed</source>
        <translation>Schlüssel benötigt</translation>
    </message>
    <message>
        <source>Why RunLens asks for a key</source>
        <translation>Warum RunLens nach einem Schlüssel fragt</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Whether the system keychain can be used</source>
        <translation>Ob der Schlüsselbund des Systems verwendet werden kann</translation>
    </message>
    <message>
        <source>Keychain status</source>
        <translation>Status des Schlüsselbunds</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>The API key for this server</source>
        <translation>Der API-Schlüssel für diesen Server</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Show or hide the key</source>
        <translation>Den Schlüssel anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <source>Store the key in the system keychain so it is there next time</source>
        <translation>Den Schlüssel im Schlüsselbund des Systems speichern, damit er beim nächsten Mal vorhanden ist</translation>
    </message>
    <message>
        <source>Remember the key in the keychain</source>
        <translation>Den Schlüssel im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>Im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>Keep the key in memory until RunLens quits</source>
        <translation>Den Schlüssel im Speicher behalten, bis RunLens beendet wird</translation>
    </message>
    <message>
        <source>Use the key for this session only</source>
        <translation>Den Schlüssel nur für diese Sitzung verwenden</translation>
    </message>
    <message>
        <source>This session &amp;only</source>
        <translation>Nur für &amp;diese Sitzung</translation>
    </message>
    <message>
        <source>How to give the key through the environment instead</source>
        <translation>Wie Sie den Schlüssel stattdessen über die Umgebung übergeben</translation>
    </message>
    <message>
        <source>Environment variable hint</source>
        <translation>Hinweis zur Umgebungsvariablen</translation>
    </message>
    <message>
        <source>Hi&amp;de</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <source>Key needed for “%1”</source>
        <translation>Schlüssel für „%1“ benötigt</translation>
    </message>
    <message>
        <source>RunLens needs a key (API key) for “%1” and found none in the keychain.</source>
        <translation>RunLens benötigt einen Schlüssel (API-Schlüssel) für „%1“ und hat im Schlüsselbund keinen gefunden.</translation>
    </message>
    <message>
        <source>RunLens needs a key (API key) for “%1” and found none in the keychain or in the environment variable %2.</source>
        <translation>RunLens benötigt einen Schlüssel (API-Schlüssel) für „%1“ und hat weder im Schlüsselbund noch in der Umgebungsvariablen %2 einen gefunden.</translation>
    </message>
    <message>
        <source>No keychain is available, so the key can be kept for this session only. RunLens never writes keys to a plain file.</source>
        <translation>Es ist kein Schlüsselbund verfügbar, daher kann der Schlüssel nur für diese Sitzung behalten werden. RunLens schreibt Schlüssel nie in eine einfache Datei.</translation>
    </message>
    <message>
        <source>You can also start RunLens with the key in the environment variable %1.</source>
        <translation>Sie können RunLens auch mit dem Schlüssel in der Umgebungsvariablen %1 starten.</translation>
    </message>
    <message>
        <source>Co&amp;nnect without a key</source>
        <translation>Ohne Schlüssel ver&amp;binden</translation>
    </message>
    <message>
        <source>The server needs no key: connect without one, and do not ask again</source>
        <translation>Der Server braucht keinen Schlüssel: ohne verbinden und nicht mehr fragen</translation>
    </message>
    <message>
        <source>If the server needs no key, choose “Connect without a key”.</source>
        <translation>Wenn der Server keinen Schlüssel braucht, wählen Sie „Ohne Schlüssel verbinden“.</translation>
    </message>
</context>
<context>
    <name>rl::KeyResolver</name>
    <message>
        <source>No keychain is configured.</source>
        <translation>Es ist kein Schlüsselbund eingerichtet.</translation>
    </message>
    <message>
        <source>The key could not be saved in the keychain and is kept for this session only. %1</source>
        <translation>Der Schlüssel konnte nicht im Schlüsselbund gespeichert werden und wird nur für diese Sitzung behalten. %1</translation>
    </message>
    <message>
        <source>it needs a key, and none was given.</source>
        <translation>Die Verbindung braucht einen Schlüssel, und es wurde keiner angegeben.</translation>
    </message>
</context>
<context>
    <name>rl::ListCall</name>
    <message>
        <source>the answer is not JSON</source>
        <translation>die Antwort ist kein JSON</translation>
    </message>
    <message>
        <source>the answer is not a list</source>
        <translation>die Antwort ist keine Liste</translation>
    </message>
</context>
<context>
    <name>rl::LocalServer</name>
    <message>
        <source>Not an IP address to listen on: %1</source>
        <translation>Keine IP-Adresse, auf der auf Verbindungen gewartet werden kann: %1</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Auf %1:%2 kann nicht auf Verbindungen gewartet werden: %3</translation>
    </message>
    <message>
        <source>Not a Chat Completions address: %1 (expected http:// or https:// and a host, for example http://127.0.0.1:11434/v1)</source>
        <translation>Keine Chat-Completions-Adresse: %1 (erwartet http:// oder https:// und einen Host, zum Beispiel http://127.0.0.1:11434/v1)</translation>
    </message>
    <message>
        <source>No default model: %1</source>
        <translation>Kein Standardmodell: %1</translation>
    </message>
    <message>
        <source>No default model: the model server lists no models. Pass --default-model.</source>
        <translation>Kein Standardmodell: Der Modellserver listet keine Modelle auf. Bitte --default-model angeben.</translation>
    </message>
    <message>
        <source>The built-in server is not running.</source>
        <translation>Der eingebaute Server läuft nicht.</translation>
    </message>
</context>
<context>
    <name>rl::MainWindow</name>
    <message>
        <source>RunLens</source>
        <translation>RunLens</translation>
    </message>
    <message>
        <source>Started with --base-url: runs go to this server until you choose a connection.</source>
        <translation>Mit --base-url gestartet: Runs gehen an diesen Server, bis Sie eine Verbindung wählen.</translation>
    </message>
    <message>
        <source>Could not list the server&apos;s assistants: %1</source>
        <translation>Die Assistenten des Servers konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>The run could not be saved in the history: %1</source>
        <translation>Der Run konnte nicht im Verlauf gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>no server is connected yet. Wait for the connection, or choose another one.</source>
        <translation>es ist noch kein Server verbunden. Warten Sie auf die Verbindung oder wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>%1[*] — RunLens</source>
        <translation>%1[*] — RunLens</translation>
    </message>
    <message>
        <source>Hello! What can you show me?</source>
        <translation>Hallo! Was können Sie mir zeigen?</translation>
    </message>
    <message>
        <source>About RunLens</source>
        <translation>Über RunLens</translation>
    </message>
    <message>
        <source>&lt;h3&gt;RunLens %1&lt;/h3&gt;&lt;p&gt;Launch and inspect runs of the Assistants API (create thread and run).&lt;/p&gt;&lt;p&gt;OpenAI shut its hosted Assistants API down on 26 August 2026. RunLens works with servers that still speak the protocol and ships its own local server, which works offline.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;RunLens %1&lt;/h3&gt;&lt;p&gt;Runs der Assistants API starten und untersuchen (Thread und Run erstellen).&lt;/p&gt;&lt;p&gt;OpenAI hat seine gehostete Assistants API am 26. August 2026 abgeschaltet. RunLens arbeitet mit Servern, die das Protokoll noch sprechen, und bringt einen eigenen lokalen Server mit, der offline funktioniert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keep your request?</source>
        <translation>Anfrage behalten?</translation>
    </message>
    <message>
        <source>The request in the composer has changes that are not saved in a file. Save them in a file before closing? Either way the composer shows this request again at the next start.</source>
        <translation>Die Anfrage im Editor hat Änderungen, die in keiner Datei gespeichert sind. Vor dem Schließen in einer Datei speichern? So oder so zeigt der Editor diese Anfrage beim nächsten Start wieder.</translation>
    </message>
    <message>
        <source>This session uses %1</source>
        <translation>Diese Sitzung verwendet %1</translation>
    </message>
    <message>
        <source>Not copied: %1</source>
        <translation>Nicht kopiert: %1</translation>
    </message>
    <message>
        <source>Not copied: no server is connected yet, so the code would not know where to send the request.</source>
        <translation>Nicht kopiert: Es ist noch kein Server verbunden, der Code wüsste also nicht, wohin er die Anfrage schicken soll.</translation>
    </message>
    <message>
        <source>Copied as %1 for %2. The key is read from OPENAI_API_KEY; it is not in the code.</source>
        <translation>Als %1 für %2 kopiert. Der Schlüssel wird aus OPENAI_API_KEY gelesen; er steht nicht im Code.</translation>
    </message>
    <message>
        <source>Copied as %1 for %2.</source>
        <translation>Als %1 für %2 kopiert.</translation>
    </message>
</context>
<context>
    <name>rl::MasterDetail</name>
    <message>
        <source>Open in inspector</source>
        <translation>Im Inspektor öffnen</translation>
    </message>
</context>
<context>
    <name>rl::MessageEditor</name>
    <message>
        <source>Not set (auto)</source>
        <translation>Nicht gesetzt (auto)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>URL or file id</source>
        <translation>URL oder Datei-ID</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>File id</source>
        <translation>Datei-ID</translation>
    </message>
    <message>
        <source>Code interpreter</source>
        <translation>Code Interpreter</translation>
    </message>
    <message>
        <source>File search</source>
        <translation>Dateisuche</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>Uploaded file</source>
        <translation>Hochgeladene Datei</translation>
    </message>
    <message>
        <source>image_url: an image on the web</source>
        <translation>image_url: ein Bild im Web</translation>
    </message>
    <message>
        <source>image_file: an uploaded file</source>
        <translation>image_file: eine hochgeladene Datei</translation>
    </message>
    <message>
        <source>image_url.url: https://… ending in .jpeg, .jpg, .png, .gif or .webp</source>
        <translation>image_url.url: https://…, endend auf .jpeg, .jpg, .png, .gif oder .webp</translation>
    </message>
    <message>
        <source>image_file.file_id: e.g. file-abc123</source>
        <translation>image_file.file_id: z. B. file-abc123</translation>
    </message>
    <message>
        <source>Image detail</source>
        <translation>Bilddetail</translation>
    </message>
    <message>
        <source>detail: how closely the model looks (low is faster and cheaper)</source>
        <translation>detail: wie genau das Modell hinsieht (low ist schneller und günstiger)</translation>
    </message>
    <message>
        <source>attachments[].file_id: e.g. file-abc123</source>
        <translation>attachments[].file_id: z. B. file-abc123</translation>
    </message>
    <message>
        <source>code_interpreter</source>
        <translation>code_interpreter</translation>
    </message>
    <message>
        <source>file_search</source>
        <translation>file_search</translation>
    </message>
    <message>
        <source>Let this tool use the file</source>
        <translation>Diesem Tool erlauben, die Datei zu verwenden</translation>
    </message>
</context>
<context>
    <name>rl::MetadataEditor</name>
    <message>
        <source>Not set (no pairs)</source>
        <translation>Nicht gesetzt (keine Paare)</translation>
    </message>
    <message>
        <source> · limit reached</source>
        <translation> · Grenze erreicht</translation>
    </message>
</context>
<context>
    <name>rl::MetadataModel</name>
    <message>
        <source>Too long: %1 characters, the limit is %2</source>
        <translation>Zu lang: %1 Zeichen, die Grenze ist %2</translation>
    </message>
    <message>
        <source>Empty key: type a name</source>
        <translation>Leerer Schlüssel: Geben Sie einen Namen ein</translation>
    </message>
    <message>
        <source>Key: up to %1 characters</source>
        <translation>Schlüssel: bis zu %1 Zeichen</translation>
    </message>
    <message>
        <source>Value: up to %1 characters</source>
        <translation>Wert: bis zu %1 Zeichen</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>%1 of %2 pairs · longest key %3/%4 · longest value %5/%6</source>
        <translation>%1 von %2 Paaren · längster Schlüssel %3/%4 · längster Wert %5/%6</translation>
    </message>
</context>
<context>
    <name>rl::ModelServerTester</name>
    <message>
        <source>The model server at %1 answered, but it has no models. Download or load a model there first (for Ollama: ollama pull llama3.2).</source>
        <translation>Der Modellserver auf %1 hat geantwortet, hat aber keine Modelle. Laden Sie dort zuerst ein Modell herunter oder laden Sie es (für Ollama: ollama pull llama3.2).</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <source>It works. Models on %1: %2.</source>
        <translation>Es funktioniert. Modelle auf %1: %2.</translation>
    </message>
    <message>
        <source>The model server at %1 refused the key (HTTP %2). Check the key, or leave it empty for a local server that needs none.</source>
        <translation>Der Modellserver auf %1 hat den Schlüssel abgelehnt (HTTP %2). Prüfen Sie den Schlüssel oder lassen Sie ihn für einen lokalen Server, der keinen braucht, leer.</translation>
    </message>
    <message>
        <source>The model server at %1 has no model list at this address (HTTP 404). The address usually ends in /v1, for example http://127.0.0.1:11434/v1.</source>
        <translation>Der Modellserver auf %1 hat unter dieser Adresse keine Modellliste (HTTP 404). Die Adresse endet meist mit /v1, zum Beispiel http://127.0.0.1:11434/v1.</translation>
    </message>
    <message>
        <source>The model server at %1 answered with an error: %2</source>
        <translation>Der Modellserver auf %1 hat mit einem Fehler geantwortet: %2</translation>
    </message>
    <message>
        <source>Nothing answers at %1. Is the model server (Ollama, llama-server, …) started, and on this port?</source>
        <translation>Unter %1 antwortet nichts. Ist der Modellserver (Ollama, llama-server, …) gestartet, und auf diesem Port?</translation>
    </message>
    <message>
        <source>The host %1 is not known. Check the address.</source>
        <translation>Der Host %1 ist unbekannt. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>This is not an address a model server can have: %1 (it starts with http:// or https://).</source>
        <translation>Das ist keine Adresse, die ein Modellserver haben kann: %1 (sie beginnt mit http:// oder https://).</translation>
    </message>
    <message>
        <source>The model server at %1 could not be reached: %2</source>
        <translation>Der Modellserver auf %1 war nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The model server at %1 did not answer in time.</source>
        <translation>Der Modellserver auf %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Something answered at %1, but not like a Chat Completions server (no model list). Check the address and the port.</source>
        <translation>Unter %1 hat etwas geantwortet, aber nicht wie ein Chat-Completions-Server (keine Modellliste). Prüfen Sie Adresse und Port.</translation>
    </message>
</context>
<context>
    <name>rl::ObjectReader</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>This must be %1, not %2.</source>
        <translation>Dies muss %1 sein, nicht %2.</translation>
    </message>
    <message>
        <source>text (a string in quotes)</source>
        <translation>Text (eine Zeichenkette in Anführungszeichen)</translation>
    </message>
    <message>
        <source>This must be a whole number (it is %1).</source>
        <translation>Dies muss eine ganze Zahl sein (es ist %1).</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a list of texts ([&quot;...&quot;])</source>
        <translation>eine Liste von Texten ([&quot;...&quot;])</translation>
    </message>
    <message>
        <source>an object of names and texts ({&quot;name&quot;: &quot;value&quot;})</source>
        <translation>ein Objekt aus Namen und Texten ({&quot;name&quot;: &quot;value&quot;})</translation>
    </message>
    <message>
        <source>The API does not know a field named &quot;%1&quot; here and would refuse the request. Check the spelling or remove it.</source>
        <translation>Die API kennt hier kein Feld namens „%1“ und würde die Anfrage ablehnen. Prüfen Sie die Schreibweise oder entfernen Sie es.</translation>
    </message>
    <message>
        <source>an object with a &quot;type&quot;</source>
        <translation>ein Objekt mit einem &quot;type&quot;</translation>
    </message>
    <message>
        <source>%1 needs a &quot;type&quot;: %2.</source>
        <translation>%1 braucht einen &quot;type&quot;: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a type the API knows here. Use one of: %2.</source>
        <translation>„%1“ ist hier kein Typ, den die API kennt. Verwenden Sie einen von: %2.</translation>
    </message>
    <message>
        <source>an object ({...})</source>
        <translation>ein Objekt ({...})</translation>
    </message>
    <message>
        <source>a list ([...])</source>
        <translation>eine Liste ([...])</translation>
    </message>
</context>
<context>
    <name>rl::PairTableEditor</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Eine Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation>Die ausgewählten Zeilen entfernen</translation>
    </message>
</context>
<context>
    <name>rl::ProfileDialog</name>
    <message>
        <source>Connection profile</source>
        <translation>Verbindungsprofil</translation>
    </message>
    <message>
        <source>Profile settings</source>
        <translation>Profileinstellungen</translation>
    </message>
    <message>
        <source>&amp;Server and key</source>
        <translation>&amp;Server und Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>A name for this connection, shown in the connection list</source>
        <translation>Ein Name für diese Verbindung, der in der Verbindungsliste angezeigt wird</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>My server</source>
        <translation>Mein Server</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>Server&amp;adresse:</translation>
    </message>
    <message>
        <source>The API base URL, for example https://example.com/v1</source>
        <translation>Die Basis-URL der API, zum Beispiel https://example.com/v1</translation>
    </message>
    <message>
        <source>Server address (base URL)</source>
        <translation>Serveradresse (Basis-URL)</translation>
    </message>
    <message>
        <source>What is wrong with the server address</source>
        <translation>Was an der Serveradresse falsch ist</translation>
    </message>
    <message>
        <source>Server address problem</source>
        <translation>Problem mit der Serveradresse</translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation>Anmeldem&amp;ethode:</translation>
    </message>
    <message>
        <source>How the key is sent: Authorization: Bearer (most servers), an api-key header (Azure-style), or no key</source>
        <translation>Wie der Schlüssel gesendet wird: Authorization: Bearer (die meisten Server), ein api-key-Header (wie bei Azure) oder kein Schlüssel</translation>
    </message>
    <message>
        <source>Sign-in method (auth style)</source>
        <translation>Anmeldemethode (Authentifizierungsart)</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>Sch&amp;lüssel:</translation>
    </message>
    <message>
        <source>The API key. It is kept in the system keychain or in memory, never in a file</source>
        <translation>Der API-Schlüssel. Er wird im Schlüsselbund des Systems oder im Speicher aufbewahrt, nie in einer Datei</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Show or hide the key</source>
        <translation>Den Schlüssel anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <source>Store the key in the system keychain so it is there next time</source>
        <translation>Den Schlüssel im Schlüsselbund des Systems speichern, damit er beim nächsten Mal vorhanden ist</translation>
    </message>
    <message>
        <source>Remember the key in the keychain</source>
        <translation>Den Schlüssel im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>Im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>Keep the key in memory until RunLens quits</source>
        <translation>Den Schlüssel im Speicher behalten, bis RunLens beendet wird</translation>
    </message>
    <message>
        <source>Use the key for this session only</source>
        <translation>Den Schlüssel nur für diese Sitzung verwenden</translation>
    </message>
    <message>
        <source>This session &amp;only</source>
        <translation>Nur für &amp;diese Sitzung</translation>
    </message>
    <message>
        <source>Whether the system keychain can be used</source>
        <translation>Ob der Schlüsselbund des Systems verwendet werden kann</translation>
    </message>
    <message>
        <source>Keychain status</source>
        <translation>Status des Schlüsselbunds</translation>
    </message>
    <message>
        <source>&amp;Environment variable:</source>
        <translation>&amp;Umgebungsvariable:</translation>
    </message>
    <message>
        <source>If the keychain has no key, RunLens reads it from this environment variable</source>
        <translation>Wenn der Schlüsselbund keinen Schlüssel hat, liest RunLens ihn aus dieser Umgebungsvariablen</translation>
    </message>
    <message>
        <source>Environment variable with the key</source>
        <translation>Umgebungsvariable mit dem Schlüssel</translation>
    </message>
    <message>
        <source>He&amp;aders</source>
        <translation>&amp;Header</translation>
    </message>
    <message>
        <source>Send the OpenAI-Beta header that Assistants API v2 servers require</source>
        <translation>Den Header OpenAI-Beta senden, den Server für die Assistants API v2 verlangen</translation>
    </message>
    <message>
        <source>Send the beta header (OpenAI-Beta)</source>
        <translation>Den Beta-Header senden (OpenAI-Beta)</translation>
    </message>
    <message>
        <source>Send the &amp;beta header</source>
        <translation>&amp;Beta-Header senden</translation>
    </message>
    <message>
        <source>Value of the OpenAI-Beta header</source>
        <translation>Wert des Headers OpenAI-Beta</translation>
    </message>
    <message>
        <source>Beta header value</source>
        <translation>Wert des Beta-Headers</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Optional: sent as the OpenAI-Organization header</source>
        <translation>Optional: wird als Header OpenAI-Organization gesendet</translation>
    </message>
    <message>
        <source>Organization (OpenAI-Organization)</source>
        <translation>Organisation (OpenAI-Organization)</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>Optional: sent as the OpenAI-Project header</source>
        <translation>Optional: wird als Header OpenAI-Project gesendet</translation>
    </message>
    <message>
        <source>Project (OpenAI-Project)</source>
        <translation>Projekt (OpenAI-Project)</translation>
    </message>
    <message>
        <source>Extra &amp;headers:</source>
        <translation>&amp;Zusätzliche Header:</translation>
    </message>
    <message>
        <source>Headers sent with every request</source>
        <translation>Header, die mit jeder Anfrage gesendet werden</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>Zusätzliche Header</translation>
    </message>
    <message>
        <source>Extra &amp;query parameters (for example api-version):</source>
        <translation>Zusätzliche Abfragepa&amp;rameter (zum Beispiel api-version):</translation>
    </message>
    <message>
        <source>Query parameters added to every request, for example api-version for Azure</source>
        <translation>Abfrageparameter, die jeder Anfrage hinzugefügt werden, zum Beispiel api-version für Azure</translation>
    </message>
    <message>
        <source>Extra query parameters</source>
        <translation>Zusätzliche Abfrageparameter</translation>
    </message>
    <message>
        <source>T&amp;iming</source>
        <translation>Ze&amp;itverhalten</translation>
    </message>
    <message>
        <source>&amp;Request timeout:</source>
        <translation>&amp;Zeitlimit für Anfragen:</translation>
    </message>
    <message>
        <source>How long one request may take in total</source>
        <translation>Wie lange eine Anfrage insgesamt dauern darf</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>Zeitlimit für Anfragen in Sekunden</translation>
    </message>
    <message>
        <source>&amp;Stall timeout:</source>
        <translation>Zeitlimit bei Sti&amp;llstand:</translation>
    </message>
    <message>
        <source>How long a stream may stay silent before RunLens gives up</source>
        <translation>Wie lange ein Stream still sein darf, bevor RunLens aufgibt</translation>
    </message>
    <message>
        <source>Stall timeout in seconds</source>
        <translation>Zeitlimit bei Stillstand in Sekunden</translation>
    </message>
    <message>
        <source>&amp;Polling interval:</source>
        <translation>Abfragei&amp;ntervall:</translation>
    </message>
    <message>
        <source>How often RunLens asks for the run&apos;s status when not streaming</source>
        <translation>Wie oft RunLens den Status des Runs abfragt, wenn nicht gestreamt wird</translation>
    </message>
    <message>
        <source>Polling interval in milliseconds</source>
        <translation>Abfrageintervall in Millisekunden</translation>
    </message>
    <message>
        <source>Check that the server answers with these settings (lists assistants)</source>
        <translation>Prüfen, ob der Server mit diesen Einstellungen antwortet (listet die Assistenten auf)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>The result of the connection test</source>
        <translation>Das Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>Bearer token (Authorization header)</source>
        <translation>Bearer-Token (Header Authorization)</translation>
    </message>
    <message>
        <source>api-key header (Azure-style)</source>
        <translation>api-key-Header (wie bei Azure)</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>Kein Schlüssel</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Hi&amp;de</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>Edit connection “%1”</source>
        <translation>Verbindung „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>A key is stored: leave empty to keep it</source>
        <translation>Ein Schlüssel ist gespeichert: Leer lassen, um ihn zu behalten</translation>
    </message>
    <message>
        <source>Paste the key here</source>
        <translation>Fügen Sie den Schlüssel hier ein</translation>
    </message>
    <message>
        <source>Works: </source>
        <translation>Funktioniert: </translation>
    </message>
    <message>
        <source>Problem: </source>
        <translation>Problem: </translation>
    </message>
    <message>
        <source>Enter the server address, for example https://example.com/v1.</source>
        <translation>Geben Sie die Serveradresse ein, zum Beispiel https://example.com/v1.</translation>
    </message>
    <message>
        <source>This is not a valid address: %1</source>
        <translation>Dies ist keine gültige Adresse: %1</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://.</source>
        <translation>Die Adresse muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <source>The address has no server name, for example https://example.com/v1.</source>
        <translation>Die Adresse enthält keinen Servernamen, zum Beispiel https://example.com/v1.</translation>
    </message>
</context>
<context>
    <name>rl::ProfileStore</name>
    <message>
        <source>New server</source>
        <translation>Neuer Server</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
</context>
<context>
    <name>rl::RequestParser</name>
    <message>
        <source>&quot;additional_instructions&quot; only exists when running an existing thread, not when creating a thread and run. Put the text into &quot;instructions&quot; instead.</source>
        <translation>„additional_instructions“ gibt es nur beim Ausführen eines vorhandenen Threads, nicht beim gemeinsamen Erstellen von Thread und Run. Schreiben Sie den Text stattdessen in „instructions“.</translation>
    </message>
    <message>
        <source>&quot;additional_messages&quot; only exists when running an existing thread, not when creating a thread and run. Put the messages into &quot;thread.messages&quot; instead.</source>
        <translation>„additional_messages“ gibt es nur beim Ausführen eines vorhandenen Threads, nicht beim gemeinsamen Erstellen von Thread und Run. Schreiben Sie die Nachrichten stattdessen in „thread.messages“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; only exists when running an existing thread, not when creating a thread and run. Remove it.</source>
        <translation>„%1“ gibt es nur beim Ausführen eines vorhandenen Threads, nicht beim gemeinsamen Erstellen von Thread und Run. Entfernen Sie es.</translation>
    </message>
    <message>
        <source>A content part</source>
        <translation>Ein Inhaltsteil</translation>
    </message>
    <message>
        <source>An attachment tool</source>
        <translation>Ein Anhang-Tool</translation>
    </message>
    <message>
        <source>an object ({&quot;file_id&quot;: ..., &quot;tools&quot;: [...]})</source>
        <translation>ein Objekt ({&quot;file_id&quot;: ..., &quot;tools&quot;: [...]})</translation>
    </message>
    <message>
        <source>text or a list of content parts</source>
        <translation>Text oder eine Liste von Inhaltsteilen</translation>
    </message>
    <message>
        <source>an object ({&quot;role&quot;: ..., &quot;content&quot;: ...})</source>
        <translation>ein Objekt ({&quot;role&quot;: ..., &quot;content&quot;: ...})</translation>
    </message>
    <message>
        <source>&quot;vector_stores&quot; can only be used in thread.tool_resources, not in the run&apos;s tool_resources. Move it there or use &quot;vector_store_ids&quot;.</source>
        <translation>„vector_stores“ kann nur in thread.tool_resources verwendet werden, nicht in den tool_resources des Runs. Verschieben Sie es dorthin oder verwenden Sie „vector_store_ids“.</translation>
    </message>
    <message>
        <source>A chunking strategy</source>
        <translation>Eine Aufteilungsstrategie</translation>
    </message>
    <message>
        <source>an object ({&quot;file_ids&quot;: [...]})</source>
        <translation>ein Objekt ({&quot;file_ids&quot;: [...]})</translation>
    </message>
    <message>
        <source>a JSON object ({&quot;assistant_id&quot;: ...})</source>
        <translation>ein JSON-Objekt ({&quot;assistant_id&quot;: ...})</translation>
    </message>
    <message>
        <source>A tool</source>
        <translation>Ein Tool</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tool choice the API knows. Use none, auto, required, or an object naming a tool.</source>
        <translation>„%1“ ist keine Tool-Auswahl, die die API kennt. Verwenden Sie none, auto, required oder ein Objekt, das ein Tool nennt.</translation>
    </message>
    <message>
        <source>none, auto, required or an object naming a tool</source>
        <translation>none, auto, required oder ein Objekt, das ein Tool nennt</translation>
    </message>
    <message>
        <source>A response format</source>
        <translation>Ein Antwortformat</translation>
    </message>
    <message>
        <source>The response format must be &quot;auto&quot; or an object such as {&quot;type&quot;: &quot;text&quot;}.</source>
        <translation>Das Antwortformat muss &quot;auto&quot; oder ein Objekt wie {&quot;type&quot;: &quot;text&quot;} sein.</translation>
    </message>
    <message>
        <source>a JSON object ({...})</source>
        <translation>ein JSON-Objekt ({...})</translation>
    </message>
</context>
<context>
    <name>rl::RequestValidator</name>
    <message>
        <source>%1 must be between %2 and %3 (it is %4).</source>
        <translation>%1 muss zwischen %2 und %3 liegen (es ist %4).</translation>
    </message>
    <message>
        <source>The assistant ID is required (it looks like asst_abc123).</source>
        <translation>Die Assistenten-ID ist erforderlich (sie sieht aus wie asst_abc123).</translation>
    </message>
    <message>
        <source>The assistant ID must not be empty.</source>
        <translation>Die Assistenten-ID darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Die Temperatur</translation>
    </message>
    <message>
        <source>Top P</source>
        <translation>Top P</translation>
    </message>
    <message>
        <source>Both temperature and top P are changed. It is usually best to change only one of them.</source>
        <translation>Sowohl Temperatur als auch Top P sind geändert. Meist ist es am besten, nur eines davon zu ändern.</translation>
    </message>
    <message>
        <source>Another tool already uses the function name &quot;%1&quot;. Function names must be unique.</source>
        <translation>Ein anderes Tool verwendet bereits den Funktionsnamen „%1“. Funktionsnamen müssen eindeutig sein.</translation>
    </message>
    <message>
        <source>The number of search results must be between 1 and 50 (it is %1).</source>
        <translation>Die Anzahl der Suchergebnisse muss zwischen 1 und 50 liegen (sie ist %1).</translation>
    </message>
    <message>
        <source>The ranking options need a score threshold between 0 and 1.</source>
        <translation>Die Ranking-Optionen brauchen eine Mindestbewertung zwischen 0 und 1.</translation>
    </message>
    <message>
        <source>The score threshold</source>
        <translation>Die Mindestbewertung</translation>
    </message>
    <message>
        <source>A function tool needs a function definition with at least a name.</source>
        <translation>Ein Funktions-Tool braucht eine Funktionsdefinition mit mindestens einem Namen.</translation>
    </message>
    <message>
        <source>The function needs a name.</source>
        <translation>Die Funktion braucht einen Namen.</translation>
    </message>
    <message>
        <source>The function&apos;s parameters</source>
        <translation>Die Parameter der Funktion</translation>
    </message>
    <message>
        <source>The truncation strategy needs a type: auto or last_messages.</source>
        <translation>Die Kürzungsstrategie braucht einen Typ: auto oder last_messages.</translation>
    </message>
    <message>
        <source>The number of recent messages to keep must be at least 1 (it is %1).</source>
        <translation>Die Anzahl der zu behaltenden neuesten Nachrichten muss mindestens 1 sein (sie ist %1).</translation>
    </message>
    <message>
        <source>Say how many recent messages to keep (last_messages, 1 or more) when the type is last_messages.</source>
        <translation>Geben Sie an, wie viele neueste Nachrichten behalten werden sollen (last_messages, 1 oder mehr), wenn der Typ last_messages ist.</translation>
    </message>
    <message>
        <source>The tool choice needs a type: function, code_interpreter or file_search.</source>
        <translation>Die Tool-Auswahl braucht einen Typ: function, code_interpreter oder file_search.</translation>
    </message>
    <message>
        <source>Say which function to call: the tool choice needs function.name.</source>
        <translation>Geben Sie an, welche Funktion aufgerufen werden soll: Die Tool-Auswahl braucht function.name.</translation>
    </message>
    <message>
        <source>The function name must not be empty.</source>
        <translation>Der Funktionsname darf nicht leer sein.</translation>
    </message>
    <message>
        <source>No function named &quot;%1&quot; is in the tools of this request.</source>
        <translation>In den Tools dieser Anfrage gibt es keine Funktion namens „%1“.</translation>
    </message>
    <message>
        <source>JSON mode needs the word &quot;JSON&quot; in the instructions or in a message that asks for JSON. Without it the model may produce endless whitespace.</source>
        <translation>Der JSON-Modus braucht das Wort „JSON“ in den Anweisungen oder in einer Nachricht, die nach JSON fragt. Ohne es erzeugt das Modell möglicherweise endlos Leerraum.</translation>
    </message>
    <message>
        <source>The json_schema format needs a &quot;json_schema&quot; object with at least a name.</source>
        <translation>Das Format json_schema braucht ein Objekt &quot;json_schema&quot; mit mindestens einem Namen.</translation>
    </message>
    <message>
        <source>The JSON schema needs a name.</source>
        <translation>Das JSON-Schema braucht einen Namen.</translation>
    </message>
    <message>
        <source>The schema</source>
        <translation>Das Schema</translation>
    </message>
    <message>
        <source>This cannot be null. Remove it or give it a value.</source>
        <translation>Dies darf nicht null sein. Entfernen Sie es oder geben Sie ihm einen Wert.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n item(s) are allowed here (there are %1).</source>
        <translation>
            <numerusform>Hier ist höchstens %n Eintrag erlaubt (es sind %1).</numerusform>
            <numerusform>Hier sind höchstens %n Einträge erlaubt (es sind %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed here. Use one of: %2.</source>
        <translation>„%1“ ist hier nicht erlaubt. Verwenden Sie einen von: %2.</translation>
    </message>
    <message>
        <source>The name must not be empty.</source>
        <translation>Der Name darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The name can be at most 64 characters long (it has %1).</source>
        <translation>Der Name darf höchstens 64 Zeichen lang sein (er hat %1).</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; may only use the letters a-z and A-Z, digits, underscores (_) and dashes (-).</source>
        <translation>Der Name „%1“ darf nur die Buchstaben a-z und A-Z, Ziffern, Unterstriche (_) und Bindestriche (-) enthalten.</translation>
    </message>
    <message>
        <source>%1 must be a JSON object, such as {&quot;type&quot;: &quot;object&quot;, &quot;properties&quot;: {}}.</source>
        <translation>%1 muss ein JSON-Objekt sein, zum Beispiel {&quot;type&quot;: &quot;object&quot;, &quot;properties&quot;: {}}.</translation>
    </message>
    <message>
        <source>Metadata can hold at most 16 entries (it has %1).</source>
        <translation>Metadaten können höchstens 16 Einträge enthalten (es sind %1).</translation>
    </message>
    <message>
        <source>Metadata names can be at most 64 characters long (this one has %1).</source>
        <translation>Namen in Metadaten dürfen höchstens 64 Zeichen lang sein (dieser hat %1).</translation>
    </message>
    <message>
        <source>Metadata values must be text in quotes.</source>
        <translation>Werte in Metadaten müssen Text in Anführungszeichen sein.</translation>
    </message>
    <message>
        <source>Metadata values can be at most 512 characters long (this one has %1).</source>
        <translation>Werte in Metadaten dürfen höchstens 512 Zeichen lang sein (dieser hat %1).</translation>
    </message>
    <message>
        <source>Each message needs a role: user or assistant.</source>
        <translation>Jede Nachricht braucht eine Rolle: user oder assistant.</translation>
    </message>
    <message>
        <source>Each message needs content: a text or a list of content parts.</source>
        <translation>Jede Nachricht braucht Inhalt: einen Text oder eine Liste von Inhaltsteilen.</translation>
    </message>
    <message>
        <source>The list of content parts is empty. Add at least one part, or use a plain text.</source>
        <translation>Die Liste der Inhaltsteile ist leer. Fügen Sie mindestens einen Teil hinzu oder verwenden Sie einfachen Text.</translation>
    </message>
    <message>
        <source>A text part needs its text.</source>
        <translation>Ein Textteil braucht seinen Text.</translation>
    </message>
    <message>
        <source>An image_url part needs an &quot;image_url&quot; object with the image&apos;s address.</source>
        <translation>Ein image_url-Teil braucht ein Objekt &quot;image_url&quot; mit der Adresse des Bildes.</translation>
    </message>
    <message>
        <source>An image_file part needs an &quot;image_file&quot; object with the file ID.</source>
        <translation>Ein image_file-Teil braucht ein Objekt &quot;image_file&quot; mit der Datei-ID.</translation>
    </message>
    <message>
        <source>The ID of the uploaded image file is missing.</source>
        <translation>Die ID der hochgeladenen Bilddatei fehlt.</translation>
    </message>
    <message>
        <source>The file ID must not be empty.</source>
        <translation>Die Datei-ID darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The image&apos;s address (url) is missing.</source>
        <translation>Die Adresse des Bildes (url) fehlt.</translation>
    </message>
    <message>
        <source>The image address must be an http or https address ending in .jpg, .jpeg, .png, .gif or .webp, or a data: URI of a JPEG, PNG, GIF or WebP image.</source>
        <translation>Die Bildadresse muss eine http- oder https-Adresse sein, die auf .jpg, .jpeg, .png, .gif oder .webp endet, oder eine data:-URI eines JPEG-, PNG-, GIF- oder WebP-Bildes.</translation>
    </message>
    <message>
        <source>Each attachment needs a file ID.</source>
        <translation>Jeder Anhang braucht eine Datei-ID.</translation>
    </message>
    <message>
        <source>Each attachment needs a list of tools (code_interpreter and/or file_search).</source>
        <translation>Jeder Anhang braucht eine Liste von Tools (code_interpreter und/oder file_search).</translation>
    </message>
    <message>
        <source>The list of tools is empty. Add code_interpreter and/or file_search.</source>
        <translation>Die Liste der Tools ist leer. Fügen Sie code_interpreter und/oder file_search hinzu.</translation>
    </message>
    <message>
        <source>Give either vector_store_ids (an existing vector store) or vector_stores (a new one), not both.</source>
        <translation>Geben Sie entweder vector_store_ids (einen vorhandenen Vector Store) oder vector_stores (einen neuen) an, nicht beides.</translation>
    </message>
    <message>
        <source>File search needs either vector_store_ids (an existing vector store) or vector_stores (a new one).</source>
        <translation>Die Dateisuche braucht entweder vector_store_ids (einen vorhandenen Vector Store) oder vector_stores (einen neuen).</translation>
    </message>
    <message>
        <source>Static chunking needs a &quot;static&quot; object with max_chunk_size_tokens and chunk_overlap_tokens.</source>
        <translation>Die statische Aufteilung braucht ein Objekt &quot;static&quot; mit max_chunk_size_tokens und chunk_overlap_tokens.</translation>
    </message>
    <message>
        <source>The chunk size (max_chunk_size_tokens, 100 to 4096) is missing.</source>
        <translation>Die Abschnittsgröße (max_chunk_size_tokens, 100 bis 4096) fehlt.</translation>
    </message>
    <message>
        <source>The chunk size must be between 100 and 4096 tokens (it is %1).</source>
        <translation>Die Abschnittsgröße muss zwischen 100 und 4096 Token liegen (sie ist %1).</translation>
    </message>
    <message>
        <source>The chunk overlap (chunk_overlap_tokens) is missing.</source>
        <translation>Die Überlappung der Abschnitte (chunk_overlap_tokens) fehlt.</translation>
    </message>
    <message>
        <source>The chunk overlap cannot be negative (it is %1).</source>
        <translation>Die Überlappung der Abschnitte darf nicht negativ sein (sie ist %1).</translation>
    </message>
    <message>
        <source>The chunk overlap can be at most half the chunk size, %1 tokens (it is %2).</source>
        <translation>Die Überlappung der Abschnitte darf höchstens die Hälfte der Abschnittsgröße betragen, %1 Token (sie ist %2).</translation>
    </message>
    <message>
        <source>The prompt token limit must be at least 256 tokens (it is %1).</source>
        <translation>Die Grenze für Eingabe-Token muss mindestens 256 Token betragen (sie ist %1).</translation>
    </message>
    <message>
        <source>The completion token limit must be at least 256 tokens (it is %1).</source>
        <translation>Die Grenze für Ausgabe-Token muss mindestens 256 Token betragen (sie ist %1).</translation>
    </message>
    <message>
        <source>The name can be at most 256 characters long (it has %1).</source>
        <translation>Der Name darf höchstens 256 Zeichen lang sein (er hat %1).</translation>
    </message>
    <message>
        <source>The description can be at most 512 characters long (it has %1).</source>
        <translation>Die Beschreibung darf höchstens 512 Zeichen lang sein (sie hat %1).</translation>
    </message>
    <message>
        <source>The instructions can be at most 256,000 characters long (they have %1).</source>
        <translation>Die Anweisungen dürfen höchstens 256.000 Zeichen lang sein (sie haben %1).</translation>
    </message>
    <message>
        <source>An assistant needs a model (for example gpt-4o).</source>
        <translation>Ein Assistent braucht ein Modell (zum Beispiel gpt-4o).</translation>
    </message>
    <message>
        <source>The model must not be empty.</source>
        <translation>Das Modell darf nicht leer sein.</translation>
    </message>
</context>
<context>
    <name>rl::RunInspector</name>
    <message>
        <source>Copy value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <source>Copy JSON path</source>
        <translation>JSON-Pfad kopieren</translation>
    </message>
    <message>
        <source>Copy subtree as JSON</source>
        <translation>Teilbaum als JSON kopieren</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Nothing to inspect yet: the final run object appears here when a run ends.</source>
        <translation>Noch nichts zu untersuchen: Das endgültige Run-Objekt erscheint hier, wenn ein Run endet.</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>… (shortened here; select a smaller part, or save the whole object)</source>
        <translation>… (hier gekürzt; wählen Sie einen kleineren Teil aus oder speichern Sie das ganze Objekt)</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>Roh-JSON</translation>
    </message>
    <message>
        <source>Raw JSON of %1</source>
        <translation>Roh-JSON von %1</translation>
    </message>
    <message>
        <source>Save object as JSON</source>
        <translation>Objekt als JSON speichern</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert in %1</translation>
    </message>
    <message>
        <source>Could not save to %1: %2</source>
        <translation>Speichern in %1 nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>rl::RunPanel</name>
    <message>
        <source>Fill in the request on the left and press Send (Ctrl+Enter). The run appears here as it happens.</source>
        <translation>Füllen Sie links die Anfrage aus und klicken Sie auf Senden (Strg+Eingabe). Der Run erscheint hier, während er läuft.</translation>
    </message>
    <message>
        <source>Elapsed: %1</source>
        <translation>Verstrichen: %1</translation>
    </message>
    <message>
        <source>Assistant: %1</source>
        <translation>Assistent: %1</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <source>Final run %1</source>
        <translation>Endgültiger Run %1</translation>
    </message>
    <message>
        <source>The run stopped early (%1).</source>
        <translation>Der Run wurde vorzeitig beendet (%1).</translation>
    </message>
    <message>
        <source>The run is incomplete: it stopped early because of %1.</source>
        <translation>Der Run ist unvollständig: Er wurde vorzeitig beendet wegen %1.</translation>
    </message>
    <message>
        <source>The run expired.</source>
        <translation>Der Run ist abgelaufen.</translation>
    </message>
    <message>
        <source>The run expired: the tool outputs were not sent in time, or it ran too long.</source>
        <translation>Der Run ist abgelaufen: Die Tool-Ausgaben wurden nicht rechtzeitig gesendet, oder er lief zu lange.</translation>
    </message>
    <message>
        <source>Last known run object</source>
        <translation>Zuletzt bekanntes Run-Objekt</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP-Status: %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Typ: %1</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <source>Field: %1</source>
        <translation>Feld: %1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>Run a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Cancel the run that is going on (Esc)</source>
        <translation>Den laufenden Run abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Show the run&apos;s %1 tab</source>
        <translation>Den Reiter „%1“ des Runs zeigen</translation>
    </message>
    <message>
        <source>(stream dropped)</source>
        <translation>(Stream abgebrochen)</translation>
    </message>
    <message>
        <source>The stream ended before the run did; RunLens follows the run by polling.</source>
        <translation>Der Stream endete vor dem Run; RunLens verfolgt den Run durch Abfragen weiter.</translation>
    </message>
    <message>
        <source>stream dropped, followed by polling</source>
        <translation>Stream abgebrochen, weiter durch Abfragen</translation>
    </message>
    <message>
        <source>The run %1, and the server gave no reason.</source>
        <translation>Der Run ist %1, und der Server hat keinen Grund genannt.</translation>
    </message>
    <message>
        <source>RunLens worked around a problem and follows the run: %1</source>
        <translation>RunLens hat ein Problem umgangen und verfolgt den Run weiter: %1</translation>
    </message>
    <message>
        <source>A replay of a saved stream: nothing is sent to a server, and the times are those of the original run.</source>
        <translation>Eine Wiedergabe eines gespeicherten Streams: Nichts wird an einen Server gesendet, und die Zeiten sind die des ursprünglichen Runs.</translation>
    </message>
</context>
<context>
    <name>rl::RunSession</name>
    <message>
        <source>the answer holds no run id</source>
        <translation>die Antwort enthält keine Run-ID</translation>
    </message>
    <message>
        <source>The saved stream ends before the run was created.</source>
        <translation>Der gespeicherte Stream endet, bevor der Run angelegt wurde.</translation>
    </message>
    <message>
        <source>The saved stream ends while the run is &quot;%1&quot;, before it ended; a replay cannot ask the server for the rest.</source>
        <translation>Der gespeicherte Stream endet, während der Run „%1“ ist, also vor seinem Ende; eine Wiedergabe kann den Server nicht nach dem Rest fragen.</translation>
    </message>
    <message>
        <source>The saved stream ends here, waiting for tool outputs: it holds no answer to replay.</source>
        <translation>Der gespeicherte Stream endet hier und wartet auf Tool-Ausgaben: Er enthält keine Antwort, die wiedergegeben werden könnte.</translation>
    </message>
    <message>
        <source>The replay was stopped.</source>
        <translation>Die Wiedergabe wurde angehalten.</translation>
    </message>
</context>
<context>
    <name>rl::RunSummaryStrip</name>
    <message>
        <source>Time waiting in the queue: started_at − created_at</source>
        <translation>Wartezeit in der Warteschlange: started_at − created_at</translation>
    </message>
    <message>
        <source>Time running: end (completed, failed, cancelled…) − started_at</source>
        <translation>Laufzeit: Ende (completed, failed, cancelled…) − started_at</translation>
    </message>
    <message>
        <source>Total time: end − created_at</source>
        <translation>Gesamtzeit: Ende − created_at</translation>
    </message>
    <message>
        <source>Tokens used by the run (usage)</source>
        <translation>Vom Run verbrauchte Token (usage)</translation>
    </message>
    <message>
        <source>Queued: %1</source>
        <translation>In der Warteschlange: %1</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>Laufzeit: %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Gesamt: %1</translation>
    </message>
    <message>
        <source>Usage: not reported</source>
        <translation>Verbrauch: nicht gemeldet</translation>
    </message>
    <message>
        <source>Tokens: %1 prompt + %2 completion = %3</source>
        <translation>Token: %1 Eingabe + %2 Ausgabe = %3</translation>
    </message>
</context>
<context>
    <name>rl::SecretStore</name>
    <message>
        <source>The keychain is locked or refused access. Unlock your login keyring (for example in &quot;Passwords and Keys&quot;) and try again. (%1)</source>
        <translation>Der Schlüsselbund ist gesperrt oder hat den Zugriff verweigert. Entsperren Sie Ihren Anmelde-Schlüsselbund (zum Beispiel in „Passwörter und Verschlüsselung“) und versuchen Sie es erneut. (%1)</translation>
    </message>
    <message>
        <source>No keychain is available (no Secret Service on the session bus). RunLens never stores keys in plain text: use the key for this session only, or set the environment variable. (%1)</source>
        <translation>Es ist kein Schlüsselbund verfügbar (kein Secret Service auf dem Session-Bus). RunLens speichert Schlüssel nie im Klartext: Verwenden Sie den Schlüssel nur für diese Sitzung oder setzen Sie die Umgebungsvariable. (%1)</translation>
    </message>
    <message>
        <source>The keychain could not delete the key. (%1)</source>
        <translation>Der Schlüsselbund konnte den Schlüssel nicht löschen. (%1)</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s). It may be locked and waiting for a password prompt. Unlock it and try again, or use the key for this session only.</source>
        <translation>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet. Er ist möglicherweise gesperrt und wartet auf eine Passwortabfrage. Entsperren Sie ihn und versuchen Sie es erneut, oder verwenden Sie den Schlüssel nur für diese Sitzung.</numerusform>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet. Er ist möglicherweise gesperrt und wartet auf eine Passwortabfrage. Entsperren Sie ihn und versuchen Sie es erneut, oder verwenden Sie den Schlüssel nur für diese Sitzung.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rl::StatusBadge</name>
    <message>
        <source>Run status: %1</source>
        <translation>Run-Status: %1</translation>
    </message>
    <message>
        <source>No run yet</source>
        <translation>Noch kein Run</translation>
    </message>
    <message>
        <source>Run status: %1 (%2)</source>
        <translation>Run-Status: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>rl::StepsModel</name>
    <message>
        <source>Message creation</source>
        <translation>Nachricht erstellen</translation>
    </message>
    <message>
        <source>Tool calls (%1)</source>
        <translation>Tool-Aufrufe (%1)</translation>
    </message>
    <message>
        <source>%1 + %2</source>
        <translation>%1 + %2</translation>
    </message>
    <message>
        <source>Prompt tokens + completion tokens</source>
        <translation>Eingabe-Token + Ausgabe-Token</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Step id</source>
        <translation>Schritt-ID</translation>
    </message>
</context>
<context>
    <name>rl::StepsTab</name>
    <message>
        <source>Select a step to see its details</source>
        <translation>Wählen Sie einen Schritt aus, um seine Details zu sehen</translation>
    </message>
    <message>
        <source>Run steps</source>
        <translation>Run-Schritte</translation>
    </message>
    <message>
        <source>Details of the selected step</source>
        <translation>Details des ausgewählten Schritts</translation>
    </message>
    <message>
        <source>Show the selected step in the Inspector tab</source>
        <translation>Den ausgewählten Schritt im Tab Inspektor anzeigen</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
</context>
<context>
    <name>rl::StreamCall</name>
    <message>
        <source>expected an event stream</source>
        <translation>ein Ereignis-Stream wurde erwartet</translation>
    </message>
    <message>
        <source>the server sent an empty answer</source>
        <translation>der Server hat eine leere Antwort gesendet</translation>
    </message>
    <message>
        <source>expected an event stream or JSON</source>
        <translation>ein Ereignis-Stream oder JSON wurde erwartet</translation>
    </message>
    <message>
        <source>The stream stalled: no event arrived for %1 s.</source>
        <translation>Der Stream stockt: %1 s lang kam kein Ereignis.</translation>
    </message>
</context>
<context>
    <name>rl::StreamFiles</name>
    <message>
        <source>Re&amp;play a saved stream…</source>
        <translation>Gespeicherten Stream &amp;wiedergeben…</translation>
    </message>
    <message>
        <source>Save &amp;stream as…</source>
        <translation>&amp;Stream speichern unter…</translation>
    </message>
    <message>
        <source>Play a saved event stream (.sse) into the run panel, as it happened or at once</source>
        <translation>Einen gespeicherten Ereignis-Stream (.sse) im Run-Bereich abspielen, wie er geschah oder auf einmal</translation>
    </message>
    <message>
        <source>Save the events of this run&apos;s stream as an .sse file, with the time of each</source>
        <translation>Die Ereignisse des Streams dieses Runs als .sse-Datei speichern, jedes mit seiner Zeit</translation>
    </message>
    <message>
        <source>this run has no stream to save (a polled run reads no events).</source>
        <translation>dieser Run hat keinen Stream zum Speichern (ein abgefragter Run liest keine Ereignisse).</translation>
    </message>
    <message>
        <source>the file is larger than 1 GiB, more than RunLens replays.</source>
        <translation>die Datei ist größer als 1 GiB, mehr als RunLens wiedergibt.</translation>
    </message>
    <message>
        <source>Save stream</source>
        <translation>Stream speichern</translation>
    </message>
    <message>
        <source>Event streams (*.sse);;All files (*)</source>
        <translation>Ereignis-Streams (*.sse);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Saved the stream (%n event(s)) to %1.</source>
        <translation>
            <numerusform>Stream (%n Ereignis) in %1 gespeichert.</numerusform>
            <numerusform>Stream (%n Ereignisse) in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The stream was not saved to %1: %2</source>
        <translation>Der Stream wurde nicht in %1 gespeichert: %2</translation>
    </message>
    <message>
        <source>Replay a saved stream</source>
        <translation>Gespeicherten Stream wiedergeben</translation>
    </message>
    <message>
        <source>Replay the events as they arrived, with the same pauses, or all at once?</source>
        <translation>Die Ereignisse so wiedergeben, wie sie ankamen, mit denselben Pausen, oder alle auf einmal?</translation>
    </message>
    <message>
        <source>As it &amp;happened</source>
        <translation>Wie es &amp;geschah</translation>
    </message>
    <message>
        <source>All at &amp;once</source>
        <translation>Alle auf &amp;einmal</translation>
    </message>
    <message>
        <source>Event streams (*.sse *.txt);;All files (*)</source>
        <translation>Ereignis-Streams (*.sse *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Replaying %1: nothing is sent to the server.</source>
        <translation>%1 wird wiedergegeben: Nichts wird an den Server gesendet.</translation>
    </message>
    <message>
        <source>%1 cannot be replayed: %2</source>
        <translation>%1 kann nicht wiedergegeben werden: %2</translation>
    </message>
    <message>
        <source>Replaying %1 at once: the file does not say when each event arrived. Nothing is sent to the server.</source>
        <translation>%1 wird auf einmal wiedergegeben: Die Datei sagt nicht, wann jedes Ereignis ankam. Nichts wird an den Server gesendet.</translation>
    </message>
</context>
<context>
    <name>rl::TimelineModel</name>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>(end)</source>
        <translation>(Ende)</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 bisher</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 (%2), entered %3 after the start</source>
        <translation>%1 (%2), erreicht %3 nach dem Start</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Entered at</source>
        <translation>Erreicht bei</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>Verbrachte Zeit</translation>
    </message>
    <message>
        <source>Share of the run</source>
        <translation>Anteil am Run</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>rl::TimelineTab</name>
    <message>
        <source>Status timeline</source>
        <translation>Status-Zeitleiste</translation>
    </message>
</context>
<context>
    <name>rl::ToolListEditor</name>
    <message>
        <source>One required text argument (city)</source>
        <translation>Ein erforderliches Textargument (city)</translation>
    </message>
    <message>
        <source>No arguments</source>
        <translation>Keine Argumente</translation>
    </message>
    <message>
        <source>Choice and number (unit, days)</source>
        <translation>Auswahl und Zahl (unit, days)</translation>
    </message>
    <message>
        <source>Strict-mode ready (all required, no extras)</source>
        <translation>Bereit für den strikten Modus (alles erforderlich, nichts zusätzlich)</translation>
    </message>
    <message>
        <source>Not valid yet (line %1, column %2: %3). The last valid parameters stay in the request.</source>
        <translation>Noch nicht gültig (Zeile %1, Spalte %2: %3). Die letzten gültigen Parameter bleiben in der Anfrage.</translation>
    </message>
    <message>
        <source>Code interpreter</source>
        <translation>Code Interpreter</translation>
    </message>
    <message>
        <source>File search</source>
        <translation>Dateisuche</translation>
    </message>
    <message>
        <source>Function: %1</source>
        <translation>Funktion: %1</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(noch kein Name)</translation>
    </message>
    <message>
        <source>%1 of %2 tools · limit reached</source>
        <translation>%1 von %2 Tools · Grenze erreicht</translation>
    </message>
    <message>
        <source>%1 of %2 tools</source>
        <translation>%1 von %2 Tools</translation>
    </message>
</context>
<context>
    <name>rl::ToolOutputsForm</name>
    <message>
        <source>Submit outputs</source>
        <translation>Ausgaben senden</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Run abbrechen</translation>
    </message>
    <message>
        <source>The run is waiting for you: it called a function. Type each function&apos;s result below and press Submit outputs.</source>
        <translation>Der Run wartet auf Sie: Er hat eine Funktion aufgerufen. Geben Sie unten das Ergebnis jeder Funktion ein und klicken Sie auf Ausgaben senden.</translation>
    </message>
    <message>
        <source>Run requires action</source>
        <translation>Run erfordert eine Aktion</translation>
    </message>
    <message>
        <source>Time left to answer</source>
        <translation>Verbleibende Zeit für die Antwort</translation>
    </message>
    <message>
        <source>Send every output in one request; the run then goes on</source>
        <translation>Alle Ausgaben in einer Anfrage senden; der Run läuft dann weiter</translation>
    </message>
    <message>
        <source>Cancel the run instead of answering</source>
        <translation>Den Run abbrechen, statt zu antworten</translation>
    </message>
    <message>
        <source>Empty: an empty text will be sent.</source>
        <translation>Leer: Es wird ein leerer Text gesendet.</translation>
    </message>
    <message>
        <source>Valid JSON.</source>
        <translation>Gültiges JSON.</translation>
    </message>
    <message>
        <source>Plain text (not JSON): it will be sent as is, which is fine.</source>
        <translation>Einfacher Text (kein JSON): Er wird unverändert gesendet, das ist in Ordnung.</translation>
    </message>
    <message>
        <source>%1. Function %2</source>
        <translation>%1. Funktion %2</translation>
    </message>
    <message>
        <source>Tool call %1</source>
        <translation>Tool-Aufruf %1</translation>
    </message>
    <message>
        <source>Arguments of %1</source>
        <translation>Argumente von %1</translation>
    </message>
    <message>
        <source>Output of %1</source>
        <translation>Ausgabe von %1</translation>
    </message>
    <message>
        <source>The function&apos;s result: JSON such as {&quot;temperature&quot;: 21}, or plain text</source>
        <translation>Das Ergebnis der Funktion: JSON wie {&quot;temperature&quot;: 21} oder einfacher Text</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumente:</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>Ausgabe:</translation>
    </message>
    <message>
        <source>The server did not say when this request expires.</source>
        <translation>Der Server hat nicht mitgeteilt, wann diese Anfrage abläuft.</translation>
    </message>
    <message>
        <source>Time is up: the run has probably expired.</source>
        <translation>Die Zeit ist um: Der Run ist wahrscheinlich abgelaufen.</translation>
    </message>
    <message>
        <source>Time left to answer: %1</source>
        <translation>Verbleibende Zeit für die Antwort: %1</translation>
    </message>
    <message>
        <source>Warning: this looks like JSON but is not valid (line %1, column %2: %3). It will be sent exactly as typed; fix it if the tool expects JSON.</source>
        <translation>Warnung: Das sieht nach JSON aus, ist aber ungültig (Zeile %1, Spalte %2: %3). Es wird genau wie eingegeben gesendet; korrigieren Sie es, wenn das Tool JSON erwartet.</translation>
    </message>
    <message>
        <source>the text ends too early</source>
        <translation>der Text endet zu früh</translation>
    </message>
</context>
<context>
    <name>rl::ToolResourcesSection</name>
    <message>
        <source>%1 of %2 files</source>
        <translation>%1 von %2 Dateien</translation>
    </message>
    <message>
        <source> · too many: remove %1</source>
        <translation> · zu viele: %1 entfernen</translation>
    </message>
</context>
<context>
    <name>rl::ToolsSection</name>
    <message>
        <source>Use the &amp;assistant&apos;s tools</source>
        <translation>Die Tools des &amp;Assistenten verwenden</translation>
    </message>
    <message>
        <source>Use the &amp;assistant&apos;s tools: %1</source>
        <translation>Die Tools des &amp;Assistenten verwenden: %1</translation>
    </message>
</context>
<context>
    <name>rl::UsageBar</name>
    <message>
        <source>Token usage bar</source>
        <translation>Balken für den Token-Verbrauch</translation>
    </message>
    <message>
        <source>Prompt %1 tokens, completion %2 tokens</source>
        <translation>Eingabe %1 Token, Ausgabe %2 Token</translation>
    </message>
</context>
<context>
    <name>rl::WelcomeDialog</name>
    <message>
        <source>Welcome to RunLens</source>
        <translation>Willkommen bei RunLens</translation>
    </message>
    <message>
        <source>Welcome text</source>
        <translation>Willkommenstext</translation>
    </message>
    <message>
        <source>Open the form for a new server connection</source>
        <translation>Das Formular für eine neue Serververbindung öffnen</translation>
    </message>
    <message>
        <source>Add another server</source>
        <translation>Weiteren Server hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Add another server…</source>
        <translation>Weiteren Server &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Have a real model on a Chat Completions server (Ollama, llama.cpp, …) answer the built-in server&apos;s runs</source>
        <translation>Ein echtes Modell auf einem Chat-Completions-Server (Ollama, llama.cpp, …) die Runs des eingebauten Servers beantworten lassen</translation>
    </message>
    <message>
        <source>Use a &amp;local model…</source>
        <translation>&amp;Lokales Modell verwenden…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to RunLens&lt;/h2&gt;&lt;p&gt;&lt;b&gt;RunLens&lt;/b&gt; launches and inspects runs of the Assistants API endpoint “Create thread and run” (POST /v1/threads/runs) and shows them as they stream.&lt;/p&gt;&lt;p&gt;OpenAI retired its hosted Assistants API on 26 August 2026. RunLens works with compatible servers: self-hosted ones, proxies and Azure-style deployments.&lt;/p&gt;&lt;p&gt;Right now the &lt;b&gt;built-in local server&lt;/b&gt; is active. It runs inside RunLens on this computer and needs no key, so you can try a run straight away: a first request is ready on the left, press &lt;b&gt;Send&lt;/b&gt;. Its answers are simulated until you give it a model.&lt;/p&gt;&lt;p&gt;To have a &lt;b&gt;real model&lt;/b&gt; answer, offline on this computer: install Ollama (or llama.cpp), download a model (&lt;tt&gt;ollama pull llama3.2&lt;/tt&gt;), then click &lt;b&gt;Use a local model…&lt;/b&gt; below, choose &lt;b&gt;A Chat Completions server&lt;/b&gt;, press &lt;b&gt;Test&lt;/b&gt; and &lt;b&gt;OK&lt;/b&gt;. Make assistants of your own in &lt;b&gt;Run ▸ Assistants…&lt;/b&gt;, no JSON needed.&lt;/p&gt;&lt;p&gt;To use another server, choose &lt;b&gt;New…&lt;/b&gt; next to the connection list, or click &lt;b&gt;Add another server…&lt;/b&gt; below. Keys are kept in your system keychain, never in a file.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei RunLens&lt;/h2&gt;&lt;p&gt;&lt;b&gt;RunLens&lt;/b&gt; startet und untersucht Runs des Assistants-API-Endpunkts „Create thread and run“ (POST /v1/threads/runs) und zeigt sie live, während sie gestreamt werden.&lt;/p&gt;&lt;p&gt;OpenAI hat seine gehostete Assistants API am 26. August 2026 eingestellt. RunLens arbeitet mit kompatiblen Servern: selbst betriebenen Servern, Proxys und Bereitstellungen nach Azure-Art.&lt;/p&gt;&lt;p&gt;Gerade ist der &lt;b&gt;eingebaute lokale Server&lt;/b&gt; aktiv. Er läuft innerhalb von RunLens auf diesem Computer und braucht keinen Schlüssel, sodass Sie sofort einen Run ausprobieren können: Links ist eine erste Anfrage vorbereitet, klicken Sie auf &lt;b&gt;Senden&lt;/b&gt;. Seine Antworten sind simuliert, bis Sie ihm ein Modell geben.&lt;/p&gt;&lt;p&gt;Damit ein &lt;b&gt;echtes Modell&lt;/b&gt; antwortet, offline auf diesem Computer: Installieren Sie Ollama (oder llama.cpp), laden Sie ein Modell herunter (&lt;tt&gt;ollama pull llama3.2&lt;/tt&gt;), klicken Sie dann unten auf &lt;b&gt;Lokales Modell verwenden…&lt;/b&gt;, wählen Sie &lt;b&gt;Ein Chat-Completions-Server&lt;/b&gt; und klicken Sie auf &lt;b&gt;Testen&lt;/b&gt; und &lt;b&gt;OK&lt;/b&gt;. Eigene Assistenten legen Sie unter &lt;b&gt;Run ▸ Assistenten…&lt;/b&gt; an, ganz ohne JSON.&lt;/p&gt;&lt;p&gt;Um einen anderen Server zu verwenden, wählen Sie &lt;b&gt;Neu…&lt;/b&gt; neben der Verbindungsliste oder klicken Sie unten auf &lt;b&gt;Weiteren Server hinzufügen…&lt;/b&gt;. Schlüssel werden im Schlüsselbund Ihres Systems aufbewahrt, nie in einer Datei.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rl::cli::CheckCommand</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Validates a create-thread-and-run body. Errors go to standard output, warnings to standard error, each as PATH: message.</source>
        <translation>Prüft einen Create-Thread-and-Run-Inhalt. Fehler gehen auf die Standardausgabe, Warnungen auf die Standardfehlerausgabe, jeweils als PFAD: Meldung.</translation>
    </message>
    <message>
        <source>Prints the body exactly as RunLens would send it (problems as for check).</source>
        <translation>Gibt den Inhalt genau so aus, wie RunLens ihn senden würde (Probleme wie bei check).</translation>
    </message>
    <message>
        <source>Usage: runlens-cli %1 FILE  (FILE may be - for standard input)
%2
Exit status: 0 valid, 1 invalid, 2 unreadable file or not JSON.
</source>
        <translation>Aufruf: runlens-cli %1 DATEI  (DATEI kann - für die Standardeingabe sein)
%2
Exit-Status: 0 gültig, 1 ungültig, 2 Datei nicht lesbar oder kein JSON.
</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB: RunLens reads request bodies up to that size.</source>
        <translation>%1 ist größer als %2 MiB: RunLens liest Anfragekörper nur bis zu dieser Größe.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Die Standardeingabe</translation>
    </message>
</context>
<context>
    <name>rl::cli::CodeCommand</name>
    <message>
        <source>Usage: runlens-cli code FILE --lang curl|python|node|http [--base-url URL] [--auth bearer|api-key|none]
Prints code that sends the body (FILE may be - for standard input): curl, Python or Node with the official openai package, or the raw HTTP request. The code reads the key from the OPENAI_API_KEY environment variable; no key is ever written into it.
The base URL is --base-url, else OPENAI_BASE_URL, else https://api.openai.com/v1. --auth none is for servers that take no key (the built-in server).
Exit status: 0 printed, 1 invalid body, 2 unreadable file or wrong options.
</source>
        <translation>Aufruf: runlens-cli code DATEI --lang curl|python|node|http [--base-url URL] [--auth bearer|api-key|none]
Gibt Code aus, der den Body sendet (DATEI darf - für die Standardeingabe sein): curl, Python oder Node mit dem offiziellen Paket openai oder die rohe HTTP-Anfrage. Der Code liest den Schlüssel aus der Umgebungsvariablen OPENAI_API_KEY; nie wird ein Schlüssel hineingeschrieben.
Die Basis-URL ist --base-url, sonst OPENAI_BASE_URL, sonst https://api.openai.com/v1. --auth none ist für Server, die keinen Schlüssel verlangen (der eingebaute Server).
Exit-Status: 0 ausgegeben, 1 ungültiger Body, 2 Datei nicht lesbar oder falsche Optionen.
</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 braucht einen Wert</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unbekannte Option %1</translation>
    </message>
    <message>
        <source>only one FILE may be given</source>
        <translation>es darf nur eine DATEI angegeben werden</translation>
    </message>
    <message>
        <source>no FILE given</source>
        <translation>keine DATEI angegeben</translation>
    </message>
    <message>
        <source>--lang is required: %1</source>
        <translation>--lang ist nötig: %1</translation>
    </message>
    <message>
        <source>--lang %1 is not one of %2</source>
        <translation>--lang %1 ist keins von %2</translation>
    </message>
    <message>
        <source>--auth %1 is not one of bearer, api-key, none</source>
        <translation>--auth %1 ist keins von bearer, api-key, none</translation>
    </message>
</context>
<context>
    <name>rl::cli::ReplayCommand</name>
    <message>
        <source>Usage: runlens-cli replay FILE.sse [--events PATH] [--output PATH] [--tool-output NAME=VALUE]...
                          [--recorded-speed]
Reads a saved event stream (saved by RunLens, or captured with curl -N) and prints what
runlens-cli run printed for it: a line per status on standard error, the assistant&apos;s text on
standard output, the same --events and --output files and the same exit status. Nothing is
sent anywhere. --recorded-speed waits between the events as the server did (when the file
holds the times); by default the stream is read at once.
</source>
        <translation>Aufruf: runlens-cli replay DATEI.sse [--events PFAD] [--output PFAD] [--tool-output NAME=WERT]...
                          [--recorded-speed]
Liest einen gespeicherten Ereignis-Stream (von RunLens gespeichert oder mit curl -N mitgeschnitten) und gibt aus,
was runlens-cli run dafür ausgegeben hat: eine Zeile je Status auf der Standardfehlerausgabe, den Text des
Assistenten auf der Standardausgabe, dieselben --events- und --output-Dateien und denselben Exit-Status. Es wird
nichts gesendet. --recorded-speed wartet zwischen den Ereignissen so lange wie der Server (wenn die Datei
die Zeiten enthält); sonst wird der Stream auf einmal gelesen.
</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 1 GiB, more than RunLens replays.</source>
        <translation>%1 ist größer als 1 GiB, mehr als RunLens wiedergibt.</translation>
    </message>
    <message>
        <source>%1 cannot be replayed. %2</source>
        <translation>%1 kann nicht wiedergegeben werden. %2</translation>
    </message>
    <message>
        <source>--base-url, --stream, --no-stream, --cancel-after and --save-stream are for runlens-cli run: a replay sends nothing</source>
        <translation>--base-url, --stream, --no-stream, --cancel-after und --save-stream gehören zu runlens-cli run: Eine Wiedergabe sendet nichts</translation>
    </message>
    <message>
        <source>cannot write %1 (--events): %2</source>
        <translation>%1 kann nicht geschrieben werden (--events): %2</translation>
    </message>
</context>
<context>
    <name>rl::cli::RunCommand</name>
    <message>
        <source>the default</source>
        <translation>der Standard</translation>
    </message>
    <message>
        <source>cannot write %1 (--events): %2</source>
        <translation>%1 kann nicht geschrieben werden (--events): %2</translation>
    </message>
    <message>
        <source>--base-url needs a URL</source>
        <translation>--base-url braucht eine URL</translation>
    </message>
    <message>
        <source>--events needs a file path</source>
        <translation>--events braucht einen Dateipfad</translation>
    </message>
    <message>
        <source>--output needs a file path</source>
        <translation>--output braucht einen Dateipfad</translation>
    </message>
    <message>
        <source>--tool-output needs NAME=VALUE</source>
        <translation>--tool-output braucht NAME=WERT</translation>
    </message>
    <message>
        <source>--cancel-after needs a number of seconds</source>
        <translation>--cancel-after braucht eine Anzahl von Sekunden</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unbekannte Option %1</translation>
    </message>
    <message>
        <source>only one FILE may be given</source>
        <translation>es darf nur eine DATEI angegeben werden</translation>
    </message>
    <message>
        <source>no FILE given</source>
        <translation>keine DATEI angegeben</translation>
    </message>
    <message>
        <source>the base URL &apos;%1&apos; (%2) cannot be used: it must start with http:// or https:// and name a host, for example http://127.0.0.1:8080/v1</source>
        <translation>die Basis-URL „%1“ (%2) kann nicht verwendet werden: Sie muss mit http:// oder https:// beginnen und einen Host nennen, zum Beispiel http://127.0.0.1:8080/v1</translation>
    </message>
    <message>
        <source>cannot write %1 (%2): it is a directory</source>
        <translation>%1 kann nicht geschrieben werden (%2): Es ist ein Verzeichnis</translation>
    </message>
    <message>
        <source>cannot write %1 (%2): %3</source>
        <translation>%1 kann nicht geschrieben werden (%2): %3</translation>
    </message>
    <message>
        <source>run incomplete: the reply reached max_completion_tokens (max_completion_tokens)</source>
        <translation>Run unvollständig: Die Antwort hat max_completion_tokens erreicht (max_completion_tokens)</translation>
    </message>
    <message>
        <source>run incomplete: the prompt needed more than max_prompt_tokens (max_prompt_tokens)</source>
        <translation>Run unvollständig: Die Eingabe brauchte mehr als max_prompt_tokens (max_prompt_tokens)</translation>
    </message>
    <message>
        <source>run incomplete: %1</source>
        <translation>Run unvollständig: %1</translation>
    </message>
    <message>
        <source>run incomplete: the server gave no reason</source>
        <translation>Run unvollständig: Der Server hat keinen Grund angegeben</translation>
    </message>
    <message>
        <source>run expired: the run expired before tool outputs were submitted</source>
        <translation>Run abgelaufen: Der Run ist abgelaufen, bevor Tool-Ausgaben gesendet wurden</translation>
    </message>
    <message>
        <source>run expired: the run expired before tool outputs were submitted (expires_at %1)</source>
        <translation>Run abgelaufen: Der Run ist abgelaufen, bevor Tool-Ausgaben gesendet wurden (expires_at %1)</translation>
    </message>
    <message>
        <source>run expired: the run did not finish before its expiry time</source>
        <translation>Run abgelaufen: Der Run wurde nicht vor seiner Ablaufzeit fertig</translation>
    </message>
    <message>
        <source>run expired: the run did not finish before its expiry time (expires_at %1)</source>
        <translation>Run abgelaufen: Der Run wurde nicht vor seiner Ablaufzeit fertig (expires_at %1)</translation>
    </message>
    <message>
        <source>run cancelled: --cancel-after asked for it</source>
        <translation>Run abgebrochen: durch --cancel-after angefordert</translation>
    </message>
    <message>
        <source>run cancelled: by the server or another client</source>
        <translation>Run abgebrochen: durch den Server oder einen anderen Client</translation>
    </message>
    <message>
        <source> (cancelled_at %1)</source>
        <translation> (cancelled_at %1)</translation>
    </message>
    <message>
        <source>warning: --tool-output %1 given twice; using the last</source>
        <translation>Warnung: --tool-output %1 zweimal angegeben; der letzte Wert wird verwendet</translation>
    </message>
    <message>
        <source>run failed: the server gave no reason</source>
        <translation>Run fehlgeschlagen: Der Server hat keinen Grund angegeben</translation>
    </message>
    <message>
        <source>run failed: %1</source>
        <translation>Run fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>runlens-cli run: the run requires action; no --tool-output for: %1</source>
        <translation>runlens-cli run: Der Run erfordert eine Aktion; kein --tool-output für: %1</translation>
    </message>
    <message>
        <source>note: the final reply differs from the streamed text; it follows in full</source>
        <translation>Hinweis: Die endgültige Antwort weicht vom gestreamten Text ab; sie folgt vollständig</translation>
    </message>
    <message>
        <source>--- final reply ---</source>
        <translation>--- endgültige Antwort ---</translation>
    </message>
    <message>
        <source>warning: --tool-output %1 was not used: the run never called that function</source>
        <translation>Warnung: --tool-output %1 wurde nicht verwendet: Der Run hat diese Funktion nie aufgerufen</translation>
    </message>
    <message>
        <source>runlens-cli run: cannot write %1: %2</source>
        <translation>runlens-cli run: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1 (--save-stream): %2</source>
        <translation>%1 kann nicht geschrieben werden (--save-stream): %2</translation>
    </message>
    <message>
        <source>Usage: runlens-cli run FILE [--base-url URL] [--stream | --no-stream] [--events PATH]
                       [--output PATH] [--save-stream PATH] [--tool-output NAME=VALUE]...
                       [--cancel-after SECONDS]
</source>
        <translation>Aufruf: runlens-cli run DATEI [--base-url URL] [--stream | --no-stream] [--events PFAD]
                        [--output PFAD] [--save-stream PFAD] [--tool-output NAME=WERT]...
                        [--cancel-after SEKUNDEN]
</translation>
    </message>
    <message>
        <source>
Sends the create-thread-and-run body in FILE (- for standard input) and follows the run to its end.
The body is checked first: if it is invalid, its problems are printed as runlens-cli check prints
them (PATH: message), but all on standard error, and nothing is sent.

Options:
  --base-url URL           the server (default OPENAI_BASE_URL, else https://api.openai.com/v1);
                           it must be http:// or https:// with a host
  --stream, --no-stream    override the body&apos;s &quot;stream&quot;
  --events PATH            write every event as NDJSON {&quot;t&quot;: ms, &quot;event&quot;: ..., &quot;data&quot;: ...};
                           while polling (--no-stream, or after a dropped stream) each observed
                           status change is one record with &quot;event&quot;: &quot;poll&quot; and the run object
  --output PATH            write the final run object
  --save-stream PATH       write the events read as an .sse file, each with its time
                           (runlens-cli replay PATH prints this run again)
  --tool-output NAME=VALUE answer the tool calls of function NAME (repeatable; the last value given
                           for a name is used)
  --cancel-after SECONDS   cancel the run after that time
  --help                   print this help

Standard output holds only the assistant&apos;s text. Standard error holds one line per status
(status: NAME), warnings, the reason a run did not complete, and errors.
The key is read from OPENAI_API_KEY (absent: no auth header).

Exit status: 0 completed, 10 requires_action left unanswered, 11 incomplete, 12 failed,
13 cancelled, 14 expired, 2 invalid request or options, 3 API or network error.
</source>
        <translation>
Sendet den Create-Thread-and-Run-Inhalt aus DATEI (- für die Standardeingabe) und verfolgt den Run bis zum Ende.
Der Inhalt wird zuerst geprüft: Ist er ungültig, werden seine Probleme so ausgegeben wie bei runlens-cli check
(PFAD: Meldung), aber alle auf der Standardfehlerausgabe, und es wird nichts gesendet.

Optionen:
  --base-url URL           der Server (Standard OPENAI_BASE_URL, sonst https://api.openai.com/v1);
                           er muss mit http:// oder https:// beginnen und einen Host nennen
  --stream, --no-stream    den Wert &quot;stream&quot; des Inhalts überschreiben
  --events PFAD            jedes Ereignis als NDJSON {&quot;t&quot;: ms, &quot;event&quot;: ..., &quot;data&quot;: ...} schreiben;
                           beim Abfragen (--no-stream oder nach einem abgebrochenen Stream) ist jede beobachtete
                           Statusänderung ein Datensatz mit &quot;event&quot;: &quot;poll&quot; und dem Run-Objekt
  --output PFAD            das endgültige Run-Objekt schreiben
  --save-stream PFAD       die gelesenen Ereignisse als .sse-Datei schreiben, jedes mit seiner Zeit
                           (runlens-cli replay PFAD gibt diesen Run noch einmal aus)
  --tool-output NAME=WERT  die Tool-Aufrufe der Funktion NAME beantworten (wiederholbar; für einen Namen
                           gilt der zuletzt angegebene Wert)
  --cancel-after SEKUNDEN  den Run nach dieser Zeit abbrechen
  --help                   diese Hilfe ausgeben

Die Standardausgabe enthält nur den Text des Assistenten. Die Standardfehlerausgabe enthält eine Zeile je Status
(status: NAME), Warnungen, den Grund, warum ein Run nicht abgeschlossen wurde, und Fehler.
Der Schlüssel wird aus OPENAI_API_KEY gelesen (fehlt er: kein Authentifizierungs-Header).

Exit-Status: 0 completed, 10 requires_action unbeantwortet, 11 incomplete, 12 failed,
13 cancelled, 14 expired, 2 ungültige Anfrage oder Optionen, 3 API- oder Netzwerkfehler.
</translation>
    </message>
    <message>
        <source>--save-stream needs a file path</source>
        <translation>--save-stream braucht einen Dateipfad</translation>
    </message>
</context>
<context>
    <name>rl::server::BodyCheck</name>
    <message>
        <source>Unrecognized request argument supplied: %1</source>
        <translation>Unbekanntes Anfrageargument angegeben: %1</translation>
    </message>
    <message>
        <source>Invalid type for &apos;%1&apos;: expected an object.</source>
        <translation>Ungültiger Typ für &apos;%1&apos;: Objekt erwartet.</translation>
    </message>
    <message>
        <source>Missing required parameter: &apos;%1&apos;.</source>
        <translation>Erforderlicher Parameter fehlt: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Missing required parameter: &apos;tool_outputs&apos;.</source>
        <translation>Erforderlicher Parameter fehlt: &apos;tool_outputs&apos;.</translation>
    </message>
    <message>
        <source>Invalid type for &apos;%1&apos;: expected %2, but got %3 instead.</source>
        <translation>Ungültiger Typ für &apos;%1&apos;: erwartet %2, erhalten wurde jedoch %3.</translation>
    </message>
</context>
<context>
    <name>rl::server::Catalog</name>
    <message>
        <source>Echo</source>
        <translation>Echo</translation>
    </message>
    <message>
        <source>Answers every message with a deterministic reply derived from it.</source>
        <translation>Beantwortet jede Nachricht mit einer deterministischen, aus ihr abgeleiteten Antwort.</translation>
    </message>
    <message>
        <source>You are Echo. Reply to the user&apos;s last message.</source>
        <translation>Sie sind Echo. Antworten Sie auf die letzte Nachricht des Benutzers.</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>Wetter</translation>
    </message>
    <message>
        <source>Calls get_weather(city, unit) when asked about the weather, then uses the result.</source>
        <translation>Ruft get_weather(city, unit) auf, wenn nach dem Wetter gefragt wird, und verwendet dann das Ergebnis.</translation>
    </message>
    <message>
        <source>You are a weather assistant. Use get_weather to answer questions about the weather.</source>
        <translation>Sie sind ein Wetterassistent. Verwenden Sie get_weather, um Fragen zum Wetter zu beantworten.</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analyst</translation>
    </message>
    <message>
        <source>Runs code_interpreter for calculations and file_search for questions about files.</source>
        <translation>Verwendet code_interpreter für Berechnungen und file_search für Fragen zu Dateien.</translation>
    </message>
    <message>
        <source>You are an analyst. Calculate with code_interpreter and search files with file_search.</source>
        <translation>Sie sind ein Analyst. Rechnen Sie mit code_interpreter und durchsuchen Sie Dateien mit file_search.</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>A general assistant, answered by the model the built-in server runs on.</source>
        <translation>Ein allgemeiner Assistent; es antwortet das Modell, auf dem der eingebaute Server läuft.</translation>
    </message>
    <message>
        <source>You are a helpful assistant. Answer clearly and concisely.</source>
        <translation>Du bist ein hilfreicher Assistent. Antworte klar und knapp.</translation>
    </message>
    <message>
        <source>Calls get_weather(city, unit) when asked about the weather; you answer the call.</source>
        <translation>Ruft get_weather(city, unit) auf, wenn nach dem Wetter gefragt wird; Sie beantworten den Aufruf.</translation>
    </message>
</context>
<context>
    <name>rl::server::ChatCompletionCall</name>
    <message>
        <source>the stream ended before the model finished its answer</source>
        <translation>der Stream endete, bevor das Modell seine Antwort beendet hatte</translation>
    </message>
</context>
<context>
    <name>rl::server::ChatRequestBuilder</name>
    <message>
        <source>[an uploaded image (%1) that the model cannot see]</source>
        <translation>[ein hochgeladenes Bild (%1), das das Modell nicht sehen kann]</translation>
    </message>
</context>
<context>
    <name>rl::server::ChatRun</name>
    <message>
        <source>The built-in server was switched to the offline simulator during this run.</source>
        <translation>Der eingebaute Server wurde während dieses Runs auf den Offline-Simulator umgeschaltet.</translation>
    </message>
</context>
<context>
    <name>rl::server::ChatStreamDecoder</name>
    <message>
        <source>the model server sent something that is not a chat completion chunk: %1</source>
        <translation>der Modellserver schickte etwas, das kein Chat-Completion-Chunk ist: %1</translation>
    </message>
    <message>
        <source>the model server reported an error without a message</source>
        <translation>der Modellserver meldete einen Fehler ohne Meldungstext</translation>
    </message>
</context>
<context>
    <name>rl::server::HttpConnection</name>
    <message>
        <source>A chunk of the request body does not end with CRLF.</source>
        <translation>Ein Chunk des Anfragekörpers endet nicht mit CRLF.</translation>
    </message>
    <message>
        <source>The request&apos;s headers are larger than %1 bytes.</source>
        <translation>Die Header der Anfrage sind größer als %1 Bytes.</translation>
    </message>
    <message>
        <source>The request line is not of the form &apos;METHOD /path HTTP/1.1&apos;.</source>
        <translation>Die Anfragezeile hat nicht die Form &apos;METHODE /pfad HTTP/1.1&apos;.</translation>
    </message>
    <message>
        <source>Only HTTP/1.1 and HTTP/1.0 are served.</source>
        <translation>Nur HTTP/1.1 und HTTP/1.0 werden bedient.</translation>
    </message>
    <message>
        <source>Folded header lines are not accepted.</source>
        <translation>Umbrochene Headerzeilen werden nicht angenommen.</translation>
    </message>
    <message>
        <source>A header line is malformed: &apos;%1&apos;.</source>
        <translation>Eine Headerzeile ist fehlerhaft: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The Content-Length header is not a number.</source>
        <translation>Der Content-Length-Header ist keine Zahl.</translation>
    </message>
    <message>
        <source>The request has conflicting Content-Length headers.</source>
        <translation>Die Anfrage hat widersprüchliche Content-Length-Header.</translation>
    </message>
    <message>
        <source>The request has both Content-Length and Transfer-Encoding.</source>
        <translation>Die Anfrage hat sowohl Content-Length als auch Transfer-Encoding.</translation>
    </message>
    <message>
        <source>Transfer-Encoding &apos;%1&apos; is not supported; use chunked or Content-Length.</source>
        <translation>Transfer-Encoding &apos;%1&apos; wird nicht unterstützt; bitte chunked oder Content-Length verwenden.</translation>
    </message>
    <message>
        <source>Only &apos;Expect: 100-continue&apos; is understood.</source>
        <translation>Nur &apos;Expect: 100-continue&apos; wird verstanden.</translation>
    </message>
    <message>
        <source>A chunk-size line of the request body is too long.</source>
        <translation>Eine Chunk-Größenzeile des Anfragekörpers ist zu lang.</translation>
    </message>
    <message>
        <source>A chunk size of the request body is not a hexadecimal number.</source>
        <translation>Eine Chunk-Größe des Anfragekörpers ist keine Hexadezimalzahl.</translation>
    </message>
    <message>
        <source>The request&apos;s trailers are larger than %1 bytes.</source>
        <translation>Die Trailer der Anfrage sind größer als %1 Bytes.</translation>
    </message>
    <message>
        <source>The request was not received completely within %1 seconds.</source>
        <translation>Die Anfrage kam nicht innerhalb von %1 Sekunden vollständig an.</translation>
    </message>
</context>
<context>
    <name>rl::server::HttpFront</name>
    <message>
        <source>The server has too many open connections (%1); try again shortly.</source>
        <translation>Der Server hat zu viele offene Verbindungen (%1); bitte gleich noch einmal versuchen.</translation>
    </message>
</context>
<context>
    <name>rl::server::ReplyGenerator</name>
    <message numerus="yes">
        <source>You wrote %n word: &quot;%1&quot;. This reply comes from the RunLens local server.</source>
        <translation>
            <numerusform>Sie haben %n Wort geschrieben: &quot;%1&quot;. Diese Antwort kommt vom lokalen RunLens-Server.</numerusform>
            <numerusform>Sie haben %n Wörter geschrieben: &quot;%1&quot;. Diese Antwort kommt vom lokalen RunLens-Server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You wrote %n words: &quot;%1&quot;. This reply comes from the RunLens local server.</source>
        <translation>
            <numerusform>Sie haben %n Wort geschrieben: &quot;%1&quot;. Diese Antwort kommt vom lokalen RunLens-Server.</numerusform>
            <numerusform>Sie haben %n Wörter geschrieben: &quot;%1&quot;. Diese Antwort kommt vom lokalen RunLens-Server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rl::server::RunEndpoints</name>
    <message>
        <source>Thread %1 already has an active run %2.</source>
        <translation>Thread %1 hat bereits einen aktiven Run %2.</translation>
    </message>
    <message>
        <source>Cannot cancel run with status &apos;%1&apos;.</source>
        <translation>Ein Run mit dem Status &apos;%1&apos; kann nicht abgebrochen werden.</translation>
    </message>
    <message>
        <source>Runs in status &quot;%1&quot; do not accept tool outputs.</source>
        <translation>Runs im Status „%1“ nehmen keine Tool-Ausgaben an.</translation>
    </message>
    <message>
        <source>The tool &apos;%1&apos; cannot run here: this server executes runs on a chat model, which can call function tools only. Remove %2 from the run&apos;s tools.</source>
        <translation>Das Werkzeug &apos;%1&apos; kann hier nicht laufen: Dieser Server führt Runs auf einem Chat-Modell aus, das nur Funktionswerkzeuge aufrufen kann. Entfernen Sie %2 aus den Werkzeugen des Runs.</translation>
    </message>
    <message>
        <source>The tool &apos;%1&apos; of assistant %2 cannot run here: this server executes runs on a chat model, which can call function tools only. Override the tools for this run (for example &quot;tools&quot;: []) or remove the tool from the assistant.</source>
        <translation>Das Werkzeug &apos;%1&apos; des Assistenten %2 kann hier nicht laufen: Dieser Server führt Runs auf einem Chat-Modell aus, das nur Funktionswerkzeuge aufrufen kann. Überschreiben Sie die Werkzeuge für diesen Run (zum Beispiel &quot;tools&quot;: []) oder entfernen Sie das Werkzeug aus dem Assistenten.</translation>
    </message>
</context>
<context>
    <name>rl::server::RunEngine</name>
    <message>
        <source>Runs in status &quot;%1&quot; do not accept tool outputs.</source>
        <translation>Runs im Status „%1“ nehmen keine Tool-Ausgaben an.</translation>
    </message>
    <message>
        <source>Invalid &apos;%1&apos;: no pending tool call has the id &apos;%2&apos;. Expected one of %3.</source>
        <translation>Ungültiges &apos;%1&apos;: Kein offener Tool-Aufruf hat die ID &apos;%2&apos;. Erwartet wurde eine von %3.</translation>
    </message>
    <message>
        <source>Invalid &apos;%1&apos;: duplicate tool call id &apos;%2&apos;.</source>
        <translation>Ungültiges &apos;%1&apos;: doppelte Tool-Aufruf-ID &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Expected tool outputs for call_ids %1, got %2</source>
        <translation>Erwartet wurden Tool-Ausgaben für call_ids %1, erhalten: %2</translation>
    </message>
    <message>
        <source>Cannot cancel run with status &apos;%1&apos;.</source>
        <translation>Ein Run mit dem Status &apos;%1&apos; kann nicht abgebrochen werden.</translation>
    </message>
</context>
<context>
    <name>rl::server::RunSimulator</name>
    <message>
        <source>The run failed because runlens_scenario is &quot;fail&quot;.</source>
        <translation>Der Run ist fehlgeschlagen, weil runlens_scenario „fail“ ist.</translation>
    </message>
    <message>
        <source>The server had an error while streaming this run (runlens_scenario is &quot;error_event&quot;).</source>
        <translation>Beim Streamen dieses Runs ist auf dem Server ein Fehler aufgetreten (runlens_scenario ist „error_event“).</translation>
    </message>
</context>
<context>
    <name>rl::server::ServerError</name>
    <message>
        <source>Invalid &apos;limit&apos;: integer between 1 and 100 expected, got &apos;%1&apos;.</source>
        <translation>Ungültiges &apos;limit&apos;: Ganzzahl zwischen 1 und 100 erwartet, erhalten &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Invalid value for &apos;order&apos;: expected one of &apos;asc&apos; or &apos;desc&apos;, got &apos;%1&apos;.</source>
        <translation>Ungültiger Wert für &apos;order&apos;: &apos;asc&apos; oder &apos;desc&apos; erwartet, erhalten &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>We could not parse the JSON body of your request. (HINT: This likely means you aren&apos;t using your HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not valid JSON.)</source>
        <translation>Der JSON-Inhalt Ihrer Anfrage konnte nicht gelesen werden. (HINWEIS: Das bedeutet wahrscheinlich, dass Ihre HTTP-Bibliothek nicht richtig verwendet wird. Die OpenAI API erwartet JSON-Nutzdaten, aber was gesendet wurde, war kein gültiges JSON.)</translation>
    </message>
    <message>
        <source>At byte %1: %2.</source>
        <translation>Bei Byte %1: %2.</translation>
    </message>
    <message>
        <source>Request body too large: %1 bytes; the maximum is %2 bytes.</source>
        <translation>Anfrageinhalt zu groß: %1 Byte; das Maximum ist %2 Byte.</translation>
    </message>
    <message>
        <source>No %1 found with id &apos;%2&apos;.</source>
        <translation>Kein %1 mit der ID &apos;%2&apos; gefunden.</translation>
    </message>
    <message>
        <source>You didn&apos;t provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).</source>
        <translation>Sie haben keinen API-Schlüssel angegeben. Sie müssen Ihren API-Schlüssel in einem Authorization-Header mit Bearer-Authentifizierung angeben (d. h. Authorization: Bearer YOUR_KEY).</translation>
    </message>
    <message>
        <source>Incorrect API key provided. Check the key given to runlens-server --api-key.</source>
        <translation>Falscher API-Schlüssel angegeben. Prüfen Sie den an runlens-server --api-key übergebenen Schlüssel.</translation>
    </message>
    <message>
        <source>The v1 Assistants API has been deprecated. Please try again by setting the header &apos;OpenAI-Beta: assistants=v2&apos;.</source>
        <translation>Die Assistants API v1 ist veraltet. Bitte versuchen Sie es erneut mit dem Header &apos;OpenAI-Beta: assistants=v2&apos;.</translation>
    </message>
    <message>
        <source>Invalid URL (%1 %2)</source>
        <translation>Ungültige URL (%1 %2)</translation>
    </message>
    <message>
        <source>Invalid method for URL (%1 %2)</source>
        <translation>Ungültige Methode für die URL (%1 %2)</translation>
    </message>
</context>
<context>
    <name>rl::server::StoreDatabase</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a RunLens server database, or is damaged: %2</source>
        <translation>%1 ist keine Datenbank des RunLens-Servers oder ist beschädigt: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer RunLens (schema %2); this one reads schema %3.</source>
        <translation>%1 wurde von einem neueren RunLens geschrieben (Schema %2); diese Version liest Schema %3.</translation>
    </message>
    <message>
        <source>The built-in server stopped while this run was in progress.</source>
        <translation>Der eingebaute Server wurde beendet, während dieser Run lief.</translation>
    </message>
</context>
<context>
    <name>rl::server::UpstreamClient</name>
    <message>
        <source>the answer to GET /models is not a list of models</source>
        <translation>die Antwort auf GET /models ist keine Liste von Modellen</translation>
    </message>
    <message>
        <source>The model server %1 refused the key (HTTP %2)%3. Check the key given to the built-in server.</source>
        <translation>Der Modellserver %1 hat den Schlüssel abgelehnt (HTTP %2)%3. Prüfen Sie den Schlüssel, den der eingebaute Server verwendet.</translation>
    </message>
    <message>
        <source>The model server %1 is rate limiting requests%2</source>
        <translation>Der Modellserver %1 drosselt Anfragen%2</translation>
    </message>
    <message>
        <source>The model server %1 answered HTTP %2%3</source>
        <translation>Der Modellserver %1 antwortete mit HTTP %2%3</translation>
    </message>
    <message>
        <source>The model server %1 cannot be reached%2. Is it running?</source>
        <translation>Der Modellserver %1 ist nicht erreichbar%2. Läuft er?</translation>
    </message>
    <message>
        <source>The model server %1 did not answer in time.</source>
        <translation>Der Modellserver %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The model server %1 reported an error while answering%2</source>
        <translation>Der Modellserver %1 meldete beim Antworten einen Fehler%2</translation>
    </message>
    <message>
        <source>The model server %1 did not answer like a Chat Completions server%2</source>
        <translation>Der Modellserver %1 antwortete nicht wie ein Chat-Completions-Server%2</translation>
    </message>
</context>
</TS>
