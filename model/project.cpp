#include "model/project.h"

namespace Berth::Model {

Project::Project(QObject *parent) : QObject(parent) {}

void Project::setData(const ProjectData &data)
{
    if (data == m_data)
        return;
    m_data = data;
    Q_EMIT changed();
    setModified(true);
}

void Project::reset(const ProjectData &data, const QString &fileName)
{
    m_data = data;
    setFileName(fileName);
    Q_EMIT changed();
    setModified(false);
}

void Project::setFileName(const QString &fileName)
{
    if (fileName == m_fileName)
        return;
    m_fileName = fileName;
    Q_EMIT fileNameChanged(fileName);
}

void Project::setModified(bool modified)
{
    if (modified == m_modified)
        return;
    m_modified = modified;
    Q_EMIT modifiedChanged(modified);
}

} // namespace Berth::Model
