#pragma once

#include "composersection.h"

#include <memory>

class QLabel;

namespace Ui {
class MetadataSection;
}

namespace rl {

// The run's `metadata` key/value pairs. No pairs means "not set"; a loaded explicit null is
// sent (and a note says so) until the pairs are edited.
class MetadataSection : public ComposerSection
{
    Q_OBJECT

public:
    explicit MetadataSection(QWidget *parent = nullptr);
    ~MetadataSection() override;

    [[nodiscard]] QStringList keys() const override;
    void writeTo(CreateThreadAndRunRequest &request) const override;
    void readFrom(const CreateThreadAndRunRequest &request) override;
    [[nodiscard]] QWidget *widgetForPath(const QString &path, bool reveal) override;

private:
    void setNull(bool isNull);

    std::unique_ptr<Ui::MetadataSection> m_ui;
    QLabel *m_nullNote = nullptr;
    bool m_null = false;
    bool m_reading = false;
};

} // namespace rl
