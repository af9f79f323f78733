#include "requestparts.h"

namespace rl {

ContentPart ContentPart::fromText(const QString &text)
{
    ContentPart part;
    part.kind = Kind::Text;
    part.text = text;
    return part;
}

ContentPart ContentPart::fromImageUrl(const QString &url, const QString &detail)
{
    ContentPart part;
    part.kind = Kind::ImageUrl;
    rl::ImageUrl &image = part.imageUrl.ensure();
    image.url = url;
    if (!detail.isEmpty()) {
        image.detail = detail;
    }
    return part;
}

ContentPart ContentPart::fromImageFile(const QString &fileId, const QString &detail)
{
    ContentPart part;
    part.kind = Kind::ImageFile;
    rl::ImageFile &image = part.imageFile.ensure();
    image.fileId = fileId;
    if (!detail.isEmpty()) {
        image.detail = detail;
    }
    return part;
}

Tool Tool::codeInterpreter()
{
    Tool tool;
    tool.kind = Kind::CodeInterpreter;
    return tool;
}

Tool Tool::fileSearchTool()
{
    Tool tool;
    tool.kind = Kind::FileSearch;
    return tool;
}

Tool Tool::functionTool(const FunctionDefinition &function)
{
    Tool tool;
    tool.kind = Kind::Function;
    tool.function = function;
    return tool;
}

ToolChoice ToolChoice::mode(Kind kind)
{
    ToolChoice choice;
    choice.kind = kind;
    return choice;
}

ToolChoice ToolChoice::namedFunction(const QString &name)
{
    ToolChoice choice = namedTool(QStringLiteral("function"));
    choice.function.ensure().name = name;
    return choice;
}

ToolChoice ToolChoice::namedTool(const QString &type)
{
    ToolChoice choice;
    choice.kind = Kind::Named;
    choice.type = type;
    return choice;
}

ResponseFormat ResponseFormat::ofKind(Kind kind)
{
    ResponseFormat format;
    format.kind = kind;
    return format;
}

ResponseFormat ResponseFormat::ofSchema(const JsonSchemaFormat &schema)
{
    ResponseFormat format;
    format.kind = Kind::JsonSchema;
    format.jsonSchema = schema;
    return format;
}

} // namespace rl
