using Microsoft.AspNetCore.Components.WebAssembly.Hosting;
using Yunpan.Web;

var builder = WebAssemblyHostBuilder.CreateDefault(args);
WebAppServices.Add(builder.Services, new Uri(builder.HostEnvironment.BaseAddress));
var host = builder.Build();

// The server chose the language (cookie, else the browser's Accept-Language) and wrote it into <html lang>; the
// WebAssembly app follows it, and loads that culture's resources before the first render.
await Culture.ApplyAsync(host.Services);
await host.RunAsync();
