#pragma once

#include "model/projectdata.h"

#include <QObject>

namespace Berth::Model {

/// The open document: the design, where it is stored and whether it has unsaved changes.
/// The window edits it through undoable commands; the engine takes snapshots of data().
class Project : public QObject
{
    Q_OBJECT
public:
    explicit Project(QObject *parent = nullptr);

    const ProjectData &data() const { return m_data; }
    /// Replaces the design and marks the document modified.
    void setData(const ProjectData &data);
    /// Replaces the design after a load or a new file: not modified.
    void reset(const ProjectData &data, const QString &fileName);

    QString fileName() const { return m_fileName; }
    void setFileName(const QString &fileName);
    bool isModified() const { return m_modified; }
    void setModified(bool modified);

Q_SIGNALS:
    void changed();
    void modifiedChanged(bool modified);
    void fileNameChanged(const QString &fileName);

private:
    ProjectData m_data;
    QString m_fileName;
    bool m_modified = false;
};

} // namespace Berth::Model
