using Depot.Interchange.Csv;
using Depot.Interchange.Importing;
using Depot.Interchange.Sources;

namespace Depot.Web.Importing;

/// <summary>
/// The import engine and the readers, as registered by their own modules: <see cref="IImportRunner"/> and a reader
/// factory <c>Func&lt;SourceFormat, CsvMapping?, ISourceReader&gt;</c>.
/// </summary>
public sealed class ImportComponents(IImportRunner runner, Func<SourceFormat, CsvMapping?, ISourceReader> readers)
{
    public IImportRunner Runner => runner;

    public ISourceReader Reader(SourceFormat format, CsvMapping? mapping) => readers(format, mapping);
}
