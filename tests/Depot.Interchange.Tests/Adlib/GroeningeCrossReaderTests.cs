using Depot.Interchange.Lido;
using Depot.Interchange.Sources;

namespace Depot.Interchange.Tests.Adlib;

/// <summary>The test: the Groeningemuseum record read by the Adlib reader and its twin read by the LIDO reader are the same object.</summary>
public sealed class GroeningeCrossReaderTests
{
    [Fact]
    public async Task Adlib_and_lido_readers_yield_the_same_object()
    {
        var adlib = Assert.Single(await AdlibFiles.ReadFile(ReferenceData.Require(AdlibFiles.Groeninge))).Object;
        var lidoRecords = new List<SourceRecord>();
        await using (var stream = File.OpenRead(ReferenceData.Require(AdlibFiles.GroeningeLido)))
            await foreach (var r in new LidoReader().ReadAsync(stream, "lido.xml", 0, TestContext.Current.CancellationToken))
                lidoRecords.Add(r);
        var lido = Assert.Single(lidoRecords).Object;

        Assert.Equal(lido.ObjectNumber, adlib.ObjectNumber);
        Assert.Equal(lido.Titles, adlib.Titles);
        Assert.Equal(lido.ObjectName?.Label, adlib.ObjectName?.Label);
        Assert.Equal(lido.ObjectName?.Language, adlib.ObjectName?.Language);
        Assert.Equal(lido.Makers.Select(m => (m.Agent.Name, m.Agent.Kind, m.Role, m.Qualifier, m.Agent.Birth, m.Agent.Death)),
            adlib.Makers.Select(m => (m.Agent.Name, m.Agent.Kind, m.Role, m.Qualifier, m.Agent.Birth, m.Agent.Death)));
        Assert.Equal(lido.Dating, adlib.Dating);
        Assert.Equal(lido.Materials.Select(m => (m.Label, m.Language)), adlib.Materials.Select(m => (m.Label, m.Language)));
        Assert.Equal(lido.Techniques.Select(m => m.Label), adlib.Techniques.Select(m => m.Label));
        Assert.Equal(lido.ShortDescription, adlib.ShortDescription);

        // Where the files themselves differ (see GroeningeTwinTests): two framed measurements,
        // and the ids only the LIDO export carries.
        var differ = lido.Dimensions.Zip(adlib.Dimensions).Where(p => p.First != p.Second).Select(p => (p.First.Type, p.First.Part)).ToList();
        Assert.Equal(lido.Dimensions.Count, adlib.Dimensions.Count);
        Assert.Equal([("breedte", "met lijst"), ("diepte", "met lijst")], differ);
        Assert.All(adlib.Makers.Zip(lido.Makers), p => Assert.Subset(p.Second.Agent.Ids.ToHashSet(), p.First.Agent.Ids.ToHashSet()));
        Assert.Subset(lido.ObjectName!.Ids.ToHashSet(), adlib.ObjectName!.Ids.ToHashSet());
    }
}
