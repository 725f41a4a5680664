using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yunpan.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class WebDav : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "TreeTag",
                table: "drive_nodes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "dav_locks",
                columns: table => new
                {
                    Token = table.Column<string>(type: "TEXT", unicode: false, maxLength: 80, nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Path = table.Column<string>(type: "TEXT", maxLength: 8192, nullable: false),
                    Deep = table.Column<bool>(type: "INTEGER", nullable: false),
                    Exclusive = table.Column<bool>(type: "INTEGER", nullable: false),
                    OwnerXml = table.Column<string>(type: "TEXT", maxLength: 8192, nullable: true),
                    TimeoutSeconds = table.Column<int>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dav_locks", x => x.Token);
                });

            migrationBuilder.CreateTable(
                name: "dav_properties",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NodeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Namespace = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false),
                    Xml = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dav_properties", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_dav_locks_OwnerId_Path",
                table: "dav_locks",
                columns: new[] { "OwnerId", "Path" });

            migrationBuilder.CreateIndex(
                name: "IX_dav_properties_OwnerId_NodeId_Namespace_Name",
                table: "dav_properties",
                columns: new[] { "OwnerId", "NodeId", "Namespace", "Name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dav_locks");

            migrationBuilder.DropTable(
                name: "dav_properties");

            migrationBuilder.DropColumn(
                name: "TreeTag",
                table: "drive_nodes");
        }
    }
}
