// libFuzzer target: the ECS task-definition importer, the project-file reader and
// validation. Any input must give an answer, never a crash; an imported definition must
// export to the same JSON.
#include "model/ecsjson.h"
#include "model/projectfile.h"
#include "model/validation/validator.h"

#include <cstdint>
#include <cstdlib>

using namespace Berth::Model;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));

    const EcsJson::ImportResult imported = EcsJson::parseTaskDefinition(text);
    if (imported.error.isEmpty()) {
        const TaskDefinition td(imported.definition);
        (void)Validator::validateTaskDefinition(td);
        (void)td.reservedCpu();
        (void)td.reservedMemory();
        if (EcsJson::exportTaskDefinition(td) != imported.definition)
            abort(); // export must give back what was imported
        for (const JsonIssue &issue : imported.issues)
            (void)JsonText::locate(text, issue.path);
    } else if (imported.position.isValid() && imported.position.line < 1) {
        abort();
    }

    const ProjectFile::LoadResult loaded = ProjectFile::parse(text);
    if (loaded.ok()) {
        (void)Validator::validate(*loaded.data);
        // What was read must survive a save and a load unchanged.
        const ProjectFile::LoadResult again = ProjectFile::parse(
            ProjectFile::serialize(*loaded.data));
        if (!again.ok())
            abort();
    }
    return 0;
}
