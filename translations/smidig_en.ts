<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CliApp</name>
    <message numerus="yes">
        <source>Synced %n order(s)</source>
        <translation>
            <numerusform>Synced %n order</numerusform>
            <numerusform>Synced %n orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n order(s) shown</source>
        <translation>
            <numerusform>%1 of %n order shown</numerusform>
            <numerusform>%1 of %n orders shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderDetailsPane</name>
    <message numerus="yes">
        <source>%n item(s) left to ship</source>
        <translation>
            <numerusform>%n item left to ship</numerusform>
            <numerusform>%n items left to ship</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderOutput</name>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusCountModel</name>
    <message numerus="yes">
        <source>%1: %n order(s)</source>
        <translation>
            <numerusform>%1: %n order</numerusform>
            <numerusform>%1: %n orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message numerus="yes">
        <source>Syncing: waiting %n second(s) for Shopify&apos;s rate limit</source>
        <translation>
            <numerusform>Syncing: waiting %n second for Shopify&apos;s rate limit</numerusform>
            <numerusform>Syncing: waiting %n seconds for Shopify&apos;s rate limit</numerusform>
        </translation>
    </message>
</context>
</TS>
