# Builds Smidig for Windows and wraps it in an Inno Setup installer (see README.md here).
# On paper: written for a Windows build machine, never run on the Debian build machine.
param(
    [Parameter(Mandatory = $true)][string]$QtDir,       # e.g. C:\Qt\6.8.3\msvc2022_64
    [Parameter(Mandatory = $true)][string]$KeychainDir  # QtKeychain's install prefix
)
$ErrorActionPreference = 'Stop'
$root = Resolve-Path (Join-Path $PSScriptRoot '..\..')
$build = Join-Path $root 'build\windows'
$stage = Join-Path $build 'stage'

cmake -S $root -B $build -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF `
    "-DCMAKE_PREFIX_PATH=$QtDir;$KeychainDir" "-DCMAKE_INSTALL_PREFIX=$stage"
if ($LASTEXITCODE) { throw 'cmake configure failed' }
cmake --build $build --parallel
if ($LASTEXITCODE) { throw 'build failed' }
cmake --install $build
if ($LASTEXITCODE) { throw 'install failed' }

# windeployqt finds what the programs link and the plugins Qt loads; the SQL driver is named,
# because nothing links it (Smidig opens it by name).
$bin = Join-Path $stage 'bin'
& (Join-Path $QtDir 'bin\windeployqt.exe') --release --compiler-runtime --sqldrivers qsqlite `
    (Join-Path $bin 'smidig.exe') (Join-Path $bin 'smidig-cli.exe')
if ($LASTEXITCODE) { throw 'windeployqt failed' }
Copy-Item (Join-Path $KeychainDir 'bin\qt6keychain.dll') $bin

$version = (Select-String -Path (Join-Path $root 'CMakeLists.txt') -Pattern 'VERSION (\d+\.\d+\.\d+)').Matches[0].Groups[1].Value
iscc "/DAppVersion=$version" "/DStageDir=$stage" "/DOutputDir=$build" (Join-Path $PSScriptRoot 'smidig.iss')
if ($LASTEXITCODE) { throw 'Inno Setup failed' }
