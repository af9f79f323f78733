#pragma once

#include "composersection.h"

#include <memory>

class QLabel;

namespace Ui {
class ToolResourcesSection;
}

namespace rl {

// Run-level `tool_resources`: code interpreter file ids and one file-search vector store. A loaded
// explicit null is sent (and a note says so) until either field is edited.
class ToolResourcesSection : public ComposerSection
{
    Q_OBJECT

public:
    explicit ToolResourcesSection(QWidget *parent = nullptr);
    ~ToolResourcesSection() override;

    [[nodiscard]] QStringList keys() const override;
    void writeTo(CreateThreadAndRunRequest &request) const override;
    void readFrom(const CreateThreadAndRunRequest &request) override;
    [[nodiscard]] QWidget *widgetForPath(const QString &path, bool reveal) override;

private:
    void updateCounter();
    void setNull(bool isNull);

    std::unique_ptr<Ui::ToolResourcesSection> m_ui;
    QLabel *m_nullNote = nullptr;
    bool m_null = false;
};

} // namespace rl
