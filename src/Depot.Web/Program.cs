using Depot.Web.Hosting;

// Depot's web host. The modules it is made of are listed in DepotWebApp.Create;
// `depot serve` (the CLI) starts the same host with options from its command line.
var app = DepotWebApp.Create(args);
app.Run();

/// <summary>Entry point, public for WebApplicationFactory in the tests.</summary>
public partial class Program;
