using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Yunpan.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Sharing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "sharing_express",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SenderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecipientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NodeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false),
                    IsFolder = table.Column<bool>(type: "INTEGER", nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SavedPath = table.Column<string>(type: "TEXT", maxLength: 8192, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sharing_express", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sharing_links",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Token = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NodeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsFolder = table.Column<bool>(type: "INTEGER", nullable: false),
                    Password = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    HideDescription = table.Column<bool>(type: "INTEGER", nullable: false),
                    Template = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ForbidSave = table.Column<bool>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DownloadLimit = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Views = table.Column<long>(type: "INTEGER", nullable: false),
                    Downloads = table.Column<long>(type: "INTEGER", nullable: false),
                    Saves = table.Column<long>(type: "INTEGER", nullable: false),
                    BytesSent = table.Column<long>(type: "INTEGER", nullable: false),
                    MonthDownloads = table.Column<int>(type: "INTEGER", nullable: false),
                    MonthStart = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sharing_links", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sharing_sensitive_words",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Word = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Normalized = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sharing_sensitive_words", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "sharing_sensitive_words",
                columns: new[] { "Id", "CreatedAt", "Normalized", "Word" },
                values: new object[,]
                {
                    { new Guid("0193a000-0000-7000-8000-000000000001"), 1309317267456000000L, "赌博", "赌博" },
                    { new Guid("0193a000-0000-7000-8000-000000000002"), 1309317267456000000L, "博彩", "博彩" },
                    { new Guid("0193a000-0000-7000-8000-000000000003"), 1309317267456000000L, "色情", "色情" },
                    { new Guid("0193a000-0000-7000-8000-000000000004"), 1309317267456000000L, "毒品", "毒品" },
                    { new Guid("0193a000-0000-7000-8000-000000000005"), 1309317267456000000L, "枪支", "枪支" },
                    { new Guid("0193a000-0000-7000-8000-000000000006"), 1309317267456000000L, "gambling", "gambling" },
                    { new Guid("0193a000-0000-7000-8000-000000000007"), 1309317267456000000L, "casino", "casino" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_sharing_express_RecipientId_SentAt",
                table: "sharing_express",
                columns: new[] { "RecipientId", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_sharing_express_SenderId_SentAt",
                table: "sharing_express",
                columns: new[] { "SenderId", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_sharing_express_Status_ExpiresAt",
                table: "sharing_express",
                columns: new[] { "Status", "ExpiresAt" });

            migrationBuilder.CreateIndex(
                name: "IX_sharing_links_OwnerId_CreatedAt",
                table: "sharing_links",
                columns: new[] { "OwnerId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_sharing_links_Token",
                table: "sharing_links",
                column: "Token",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sharing_sensitive_words_Normalized",
                table: "sharing_sensitive_words",
                column: "Normalized",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sharing_express");

            migrationBuilder.DropTable(
                name: "sharing_links");

            migrationBuilder.DropTable(
                name: "sharing_sensitive_words");
        }
    }
}
