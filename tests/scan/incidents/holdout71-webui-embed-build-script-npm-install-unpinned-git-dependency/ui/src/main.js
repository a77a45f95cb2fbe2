document.getElementById('app').textContent = 'hello from webui-embed';
