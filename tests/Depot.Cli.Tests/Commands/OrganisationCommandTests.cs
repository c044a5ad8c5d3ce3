using Depot.Cli.Tests.Support;
using Depot.Core.Organisations;
using Depot.Storage.Database;
using Microsoft.EntityFrameworkCore;

namespace Depot.Cli.Tests.Commands;

public sealed class OrganisationCommandTests
{
    [Fact]
    public async Task Added_organisation_is_stored_and_listed()
    {
        var cli = CliRunner.OnNewSqlite();
        await cli.SucceedAsync("organisations", "add", "--slug", "mas", "--name", "Museum aan de Stroom", "--kind", "museum", "--city", "Antwerpen");
        await cli.SucceedAsync("organisations", "add", "--slug", "letterenhuis", "--name", "Letterenhuis", "--kind", "archive");

        var list = await cli.SucceedAsync("organisations", "list");

        Assert.Contains("Museum aan de Stroom", list.Output);
        Assert.Contains("Antwerpen", list.Output);
        Assert.Contains("letterenhuis", list.Output);
        await using var db = new DepotDatabase(cli.Target).CreateContext();
        var mas = await db.Organisations.SingleAsync(o => o.Slug == "mas", TestContext.Current.CancellationToken);
        Assert.Equal(OrganisationKind.Museum, mas.Kind);
        Assert.Equal("Antwerpen", mas.Address.City);
    }

    [Fact]
    public async Task Invalid_organisation_is_refused_with_field_messages_in_Dutch_or_English()
    {
        var cli = CliRunner.OnNewSqlite();
        await cli.SucceedAsync("organisations", "add", "--slug", "mas", "--name", "MAS", "--kind", "museum");

        var dutch = await cli.RunAsync("organisations", "add", "--slug", "mas", "--name", "Nog een", "--kind", "museum");
        var english = await cli.RunAsync("organisations", "add", "--slug", "Not A Slug", "--name", "X", "--kind", "museum", "--lang", "en");

        Assert.Equal(2, dutch.ExitCode);
        Assert.Contains("slug: Er bestaat al een organisatie met deze sleutel.", dutch.Output);
        Assert.Equal(2, english.ExitCode);
        Assert.Contains("slug: A slug is lower-case letters", english.Output);
        Assert.DoesNotContain("   at ", dutch.Output + english.Output); // no stack trace
    }

    [Fact]
    public async Task Unknown_kind_is_a_parse_error()
    {
        var result = await CliRunner.OnNewSqlite().RunAsync("organisations", "add", "--slug", "x", "--name", "X", "--kind", "zoo");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("zoo", result.Output);
    }
}
