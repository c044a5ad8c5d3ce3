using Depot.Interchange.Sources;

namespace Depot.Interchange.Tests.Lido;

public sealed class LidoExamplesTests
{
    public static TheoryData<string> ValidFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in LidoTestFiles.Files("examples").Concat(LidoTestFiles.Files("flemish"))) data.Add(file);
        if (data.Count == 0) data.Add("examples/absent.xml");
        return data;
    }

    [Theory]
    [MemberData(nameof(ValidFiles))]
    public void Every_example_reads_without_errors(string file)
    {
        var records = LidoTestFiles.Read(file);

        Assert.NotEmpty(records);
        foreach (var record in records)
        {
            Assert.Empty(record.Issues.Where(i => i.Severity == IssueSeverity.Error).Select(i => $"{record.SourceId}: {i.Field} {i.En}"));
            Assert.NotEqual("", record.SourceId);
            Assert.NotEmpty(record.Object.Titles);
            Assert.NotNull(record.Object.ObjectName);
        }
    }

    [Theory]
    [MemberData(nameof(ValidFiles))]
    public void Every_example_validates_against_the_schema(string file)
    {
        var reader = new Depot.Interchange.Lido.LidoReader(LidoTestFiles.Schema11());
        var records = LidoTestFiles.Read(file, reader);

        foreach (var record in records)
            Assert.Empty(record.Issues.Where(i => i.Severity == IssueSeverity.Error).Select(i => $"{record.SourceId}: {i.Field} {i.En}"));
    }
}
