<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AssistantStreamDecoder</name>
    <message>
        <source>The server reported an error without a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an event whose data is not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an event &apos;%1&apos; whose data is not valid JSON: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonMerge</name>
    <message>
        <source>A streamed change has an invalid position (index %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A streamed change points at position %1, beyond what RunLens accepts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>RunLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SseParser</name>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an event larger than %1, the most RunLens accepts for one event. The stream was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rl::ApiError</name>
    <message>
        <source>We could not parse the JSON body of your request. (HINT: This likely means you aren&apos;t using your HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not valid JSON.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body too large: %1 bytes; the maximum is %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 found with id &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You didn&apos;t provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incorrect API key provided. Check the key given to runlens-server --api-key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The v1 Assistants API has been deprecated. Please try again by setting the header &apos;OpenAI-Beta: assistants=v2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid URL (%1 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid method for URL (%1 %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rl::ConnectionProfile</name>
    <message>
        <source>Built-in local server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rl::JsonEditor</name>
    <message>
        <source>JSON editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: type a JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a JSON object ({ ... })</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rl::JsonText</name>
    <message>
        <source>The file is empty: it holds no JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not valid JSON: %1 (line %2, column %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rl::LocalServer</name>
    <message>
        <source>The local server is not implemented yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rl::MainWindow</name>
    <message>
        <source>RunLens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
